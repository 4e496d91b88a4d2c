namespace S390Ccw.Language.Encoding;

/// <summary>
/// Command codes of the channel (TIC) and of the ECKD 3390 behind a 3990/2107 control unit
/// (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c, from Hercules ckddasd.c and Linux dasd_eckd.h). Multi-track variants set 0x80.
/// </summary>
public static class CommandCodes
{
    public const byte ReadIpl = 0x02;
    public const byte Nop = 0x03;
    public const byte Sense = 0x04;
    public const byte WriteData = 0x05;
    public const byte ReadData = 0x06;
    public const byte ReadDataMultiTrack = 0x86;
    public const byte Seek = 0x07;
    public const byte TransferInChannel = 0x08;
    public const byte ReadHomeAddressDiagnostic = 0x0A;
    public const byte SeekCylinder = 0x0B;
    public const byte WriteKeyData = 0x0D;
    public const byte ReadKeyData = 0x0E;
    public const byte ReadKeyDataMultiTrack = 0x8E;
    public const byte Erase = 0x11;
    public const byte ReadCount = 0x12;
    public const byte ReadCountMultiTrack = 0x92;
    public const byte WriteRecordZero = 0x15;
    public const byte ReadRecordZero = 0x16;
    public const byte ReadRecordZeroMultiTrack = 0x96;
    public const byte WriteHomeAddress = 0x19;
    public const byte ReadHomeAddress = 0x1A;
    public const byte ReadHomeAddressMultiTrack = 0x9A;
    public const byte SeekHead = 0x1B;
    public const byte WriteCountKeyData = 0x1D;
    public const byte ReadCountKeyData = 0x1E;
    public const byte ReadCountKeyDataMultiTrack = 0x9E;
    public const byte SetFileMask = 0x1F;
    public const byte ReadSector = 0x22;
    public const byte SetSector = 0x23;
    public const byte SearchKeyEqual = 0x29;
    public const byte SearchKeyEqualMultiTrack = 0xA9;
    public const byte SearchIdEqual = 0x31;
    public const byte SearchIdEqualMultiTrack = 0xB1;
    public const byte SearchHomeAddressEqual = 0x39;
    public const byte LocateRecord = 0x47;
    public const byte SearchKeyHigh = 0x49;
    public const byte SearchIdHigh = 0x51;
    public const byte SearchIdHighMultiTrack = 0xD1;
    public const byte ReadMultipleCountKeyData = 0x5E;
    public const byte DefineExtent = 0x63;
    public const byte ReadDeviceCharacteristics = 0x64;
    public const byte SearchKeyEqualOrHigh = 0x69;
    public const byte SearchIdEqualOrHigh = 0x71;
    public const byte SearchIdEqualOrHighMultiTrack = 0xF1;
    public const byte WriteCountKeyDataNextTrack = 0x9D;
    public const byte ReadTrack = 0xDE;
    public const byte SenseId = 0xE4;
}
