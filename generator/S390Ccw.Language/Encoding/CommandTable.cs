using System;
using System.Collections.Generic;

namespace S390Ccw.Language.Encoding;

/// <summary>
/// Every command the language names, one line per command code (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c). Fixed lengths are
/// the argument or result sizes Hercules ckddasd.c and Linux dasd_eckd.c use.
/// </summary>
public static class CommandTable
{
    private static readonly CommandInfo[] Rows =
    {
        new("READ_IPL", CommandCodes.ReadIpl, DataDirection.Input, 0, "read IPL: data of R1 on cylinder 0 head 0"),
        new("NOP", CommandCodes.Nop, DataDirection.None, 0, "no operation (immediate)"),
        new("SENSE", CommandCodes.Sense, DataDirection.Input, 32, "basic sense, 32 bytes"),
        new("WRITE_DATA", CommandCodes.WriteData, DataDirection.Output, 0, "write the data area of the record found"),
        new("READ_DATA", CommandCodes.ReadData, DataDirection.Input, 0, "read the data area of the next record"),
        new("READ_DATA_MT", CommandCodes.ReadDataMultiTrack, DataDirection.Input, 0, "read data, multi-track"),
        new("SEEK", CommandCodes.Seek, DataDirection.Output, 6, "seek to BBCCHH"),
        new("TIC", CommandCodes.TransferInChannel, DataDirection.None, 0, "transfer in channel"),
        new("READ_HA_DIAG", CommandCodes.ReadHomeAddressDiagnostic, DataDirection.Input, 5, "diagnostic read home address"),
        new("SEEK_CYL", CommandCodes.SeekCylinder, DataDirection.Output, 6, "seek cylinder"),
        new("WRITE_KD", CommandCodes.WriteKeyData, DataDirection.Output, 0, "write key and data"),
        new("READ_KD", CommandCodes.ReadKeyData, DataDirection.Input, 0, "read key and data"),
        new("READ_KD_MT", CommandCodes.ReadKeyDataMultiTrack, DataDirection.Input, 0, "read key and data, multi-track"),
        new("ERASE", CommandCodes.Erase, DataDirection.Output, 0, "erase to the end of the track"),
        new("READ_COUNT", CommandCodes.ReadCount, DataDirection.Input, 8, "read the next count field"),
        new("READ_COUNT_MT", CommandCodes.ReadCountMultiTrack, DataDirection.Input, 8, "read count, multi-track"),
        new("WRITE_R0", CommandCodes.WriteRecordZero, DataDirection.Output, 16, "write record zero"),
        new("READ_R0", CommandCodes.ReadRecordZero, DataDirection.Input, 16, "read record zero (count, key, data)"),
        new("READ_R0_MT", CommandCodes.ReadRecordZeroMultiTrack, DataDirection.Input, 16, "read record zero, multi-track"),
        new("WRITE_HA", CommandCodes.WriteHomeAddress, DataDirection.Output, 5, "write home address"),
        new("READ_HA", CommandCodes.ReadHomeAddress, DataDirection.Input, 5, "read home address"),
        new("READ_HA_MT", CommandCodes.ReadHomeAddressMultiTrack, DataDirection.Input, 5, "read home address, multi-track"),
        new("SEEK_HEAD", CommandCodes.SeekHead, DataDirection.Output, 6, "seek head on the current cylinder"),
        new("WRITE_CKD", CommandCodes.WriteCountKeyData, DataDirection.Output, 0, "write count, key and data"),
        new("READ_CKD", CommandCodes.ReadCountKeyData, DataDirection.Input, 0, "read count, key and data"),
        new("READ_CKD_MT", CommandCodes.ReadCountKeyDataMultiTrack, DataDirection.Input, 0, "read count, key and data, multi-track"),
        new("SET_FILE_MASK", CommandCodes.SetFileMask, DataDirection.Output, 1, "set file mask"),
        new("READ_SECTOR", CommandCodes.ReadSector, DataDirection.Input, 1, "read the sector number (one byte)"),
        new("SET_SECTOR", CommandCodes.SetSector, DataDirection.Output, 1, "set sector (one byte)"),
        new("SEARCH_KEY_EQ", CommandCodes.SearchKeyEqual, DataDirection.Output, 0, "search key equal"),
        new("SEARCH_KEY_EQ_MT", CommandCodes.SearchKeyEqualMultiTrack, DataDirection.Output, 0, "search key equal, multi-track"),
        new("SEARCH_ID_EQ", CommandCodes.SearchIdEqual, DataDirection.Output, 5, "search ID (CCHHR) equal"),
        new("SEARCH_ID_EQ_MT", CommandCodes.SearchIdEqualMultiTrack, DataDirection.Output, 5, "search ID equal, multi-track"),
        new("SEARCH_HA_EQ", CommandCodes.SearchHomeAddressEqual, DataDirection.Output, 4, "search home address equal"),
        new("LOCATE_RECORD", CommandCodes.LocateRecord, DataDirection.Output, 16, "locate record"),
        new("SEARCH_KEY_HIGH", CommandCodes.SearchKeyHigh, DataDirection.Output, 0, "search key high"),
        new("SEARCH_ID_HIGH", CommandCodes.SearchIdHigh, DataDirection.Output, 5, "search ID high"),
        new("SEARCH_ID_HIGH_MT", CommandCodes.SearchIdHighMultiTrack, DataDirection.Output, 5, "search ID high, multi-track"),
        new("READ_MULTIPLE_CKD", CommandCodes.ReadMultipleCountKeyData, DataDirection.Input, 0, "read multiple count, key and data"),
        new("DEFINE_EXTENT", CommandCodes.DefineExtent, DataDirection.Output, 16, "define extent"),
        new("READ_DEVICE_CHARACTERISTICS", CommandCodes.ReadDeviceCharacteristics, DataDirection.Input, 64, "read device characteristics"),
        new("SEARCH_KEY_EQ_HIGH", CommandCodes.SearchKeyEqualOrHigh, DataDirection.Output, 0, "search key equal or high"),
        new("SEARCH_ID_EQ_HIGH", CommandCodes.SearchIdEqualOrHigh, DataDirection.Output, 5, "search ID equal or high"),
        new("SEARCH_ID_EQ_HIGH_MT", CommandCodes.SearchIdEqualOrHighMultiTrack, DataDirection.Output, 5, "search ID equal or high, multi-track"),
        new("WRITE_CKD_NEXT_TRACK", CommandCodes.WriteCountKeyDataNextTrack, DataDirection.Output, 0, "write CKD next track (locate record domain)"),
        new("READ_TRACK", CommandCodes.ReadTrack, DataDirection.Input, 0, "read track (locate record domain)"),
        new("SENSE_ID", CommandCodes.SenseId, DataDirection.Input, 20, "sense ID"),
    };

    private static readonly Dictionary<string, CommandInfo> ByMnemonic = BuildByMnemonic();
    private static readonly Dictionary<byte, CommandInfo> ByCode = BuildByCode();

    public static IReadOnlyList<CommandInfo> All => Rows;

    public static bool TryGet(string mnemonic, out CommandInfo info) =>
        ByMnemonic.TryGetValue(mnemonic, out info!);

    public static bool TryGet(byte code, out CommandInfo info) => ByCode.TryGetValue(code, out info!);

    private static Dictionary<string, CommandInfo> BuildByMnemonic()
    {
        var map = new Dictionary<string, CommandInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows) map.Add(row.Mnemonic, row);
        return map;
    }

    private static Dictionary<byte, CommandInfo> BuildByCode()
    {
        var map = new Dictionary<byte, CommandInfo>();
        foreach (var row in Rows) map.Add(row.Code, row);
        return map;
    }
}
