namespace S390Ccw.Language.Devices.Eckd;

/// <summary>
/// The 8-byte count field CCHH R KL DL of a CKD record (IBM 3390 / 3990 ECKD: count area), as the
/// device presents it to the channel: Read Count, Read R0, Read CKD and the Search ID comparison all
/// see it this way. On a volume of fewer than 32,768 cylinders, bit 0 of the cylinder (the old
/// track-overflow flag) is presented as zero; on larger volumes it is a cylinder bit, as Hercules
/// ckddasd.c keeps it for such volumes.
/// </summary>
public static class CountField
{
    /// <summary>Volumes with at least this many cylinders use bit 0 of CC as a cylinder bit.</summary>
    public const int LargeVolumeCylinders = 32768;

    public const int Length = 8;

    /// <summary>True when byte 0's top bit is presented as zero on a volume of <paramref name="volumeCylinders"/>.</summary>
    public static bool MasksOverflowBit(int volumeCylinders) => volumeCylinders < LargeVolumeCylinders;

    /// <summary>Byte 0 of a count field as presented.</summary>
    public static byte PresentByte0(byte stored, int volumeCylinders) =>
        MasksOverflowBit(volumeCylinders) ? (byte)(stored & 0x7F) : stored;

    /// <summary>A whole count field as presented.</summary>
    public static ulong Present(ulong stored, int volumeCylinders) =>
        MasksOverflowBit(volumeCylinders) ? stored & 0x7FFF_FFFF_FFFF_FFFFUL : stored;

    /// <summary>The 8 bytes of a count field.</summary>
    public static ulong Pack(int cylinder, int head, int record, int keyLength, int dataLength) =>
        ((ulong)(ushort)cylinder << 48) | ((ulong)(ushort)head << 32) | ((ulong)(byte)record << 24)
        | ((ulong)(byte)keyLength << 16) | (ushort)dataLength;

    public static int DataLength(ulong count) => (ushort)count;

    /// <summary>
    /// A record whose data length is zero, key or not: a command that reads its data area ends with unit
    /// exception (Hercules 3.13 presents Stat=0D00 for READ DATA and READ KEY AND DATA of such a record,
    /// seen in the random differential campaign; IBM 3990 ECKD, "end of file").
    /// </summary>
    public static bool ReadsAsEndOfFile(ulong count) => DataLength(count) == 0;

    /// <summary>Writes the count field big-endian into <paramref name="destination"/> at <paramref name="offset"/>.</summary>
    public static void Write(ulong count, byte[] destination, int offset)
    {
        for (int i = 0; i < Length; i++) destination[offset + i] = (byte)(count >> (56 - (8 * i)));
    }
}
