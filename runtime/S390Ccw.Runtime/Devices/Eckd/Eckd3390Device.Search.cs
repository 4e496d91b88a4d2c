using System;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// SEARCH ID, SEARCH KEY and SEARCH HOME ADDRESS (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c, GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count): a match ends with status
/// modifier so that the channel skips the TIC of the Search + TIC loop.
/// </summary>
public sealed partial class Eckd3390Device
{
    private UnitStatus SearchId(byte code, ref DeviceTransfer transfer)
    {
        var status = NextCount(includeRecordZero: true, IsMultiTrack(code));
        if (status != Ok) return NotCompared(status, ref transfer);
        var argument = transfer.Output;
        int n = Math.Min(argument.Length, SearchRules.IdLength);
        transfer.Consumed = n;
        ulong packed = 0;
        for (int i = 0; i < n; i++) packed |= (ulong)argument[i] << (56 - (8 * i));
        ulong count = CountField.Present(_track.CountField(_cursor.Record), _store.Cylinders);
        int compare = SearchRules.CompareId(count, packed, n);
        _searchIdEqual = compare == 0 && n == SearchRules.IdLength && (code & 0x7F) == CommandCodes.SearchIdEqual;
        return SearchRules.Matches(code, compare) ? UnitStatus.Normal | UnitStatus.StatusModifier : UnitStatus.Normal;
    }

    private UnitStatus SearchKey(byte code, ref DeviceTransfer transfer)
    {
        var status = NextCount(includeRecordZero: false, IsMultiTrack(code));
        if (status != Ok) return NotCompared(status, ref transfer);
        var record = _records[_cursor.Record];
        if (record.KeyLength == 0)
        {
            transfer.Consumed = 0;
            return UnitStatus.Normal;
        }
        _cursor.Orientation = TrackOrientation.Key;
        var argument = transfer.Output;
        int n = Math.Min(argument.Length, record.KeyLength);
        transfer.Consumed = n;
        int compare = _track.Key(_cursor.Record).Slice(0, n).SequenceCompareTo(argument.Slice(0, n));
        _searchKeyEqual = compare == 0 && n == record.KeyLength && (code & 0x7F) == CommandCodes.SearchKeyEqual;
        return SearchRules.Matches(code, compare) ? UnitStatus.Normal | UnitStatus.StatusModifier : UnitStatus.Normal;
    }

    private UnitStatus SearchHomeAddress(byte code, ref DeviceTransfer transfer)
    {
        var status = ToIndex(IsMultiTrack(code));
        if (status != Ok) return NotCompared(status, ref transfer);
        var argument = transfer.Output;
        int n = Math.Min(argument.Length, SearchRules.HomeAddressLength);
        transfer.Consumed = n;
        bool equal = _track.HomeAddress.Slice(1, n).SequenceEqual(argument.Slice(0, n));
        _searchHomeAddressEqual = equal && n == SearchRules.HomeAddressLength;
        return equal ? UnitStatus.Normal | UnitStatus.StatusModifier : UnitStatus.Normal;
    }

    /// <summary>
    /// A search that found no count to compare (No Record Found, end of cylinder) took none of its
    /// argument: Hercules 3.13 reports the whole count as residual, and so incorrect length unless SLI
    /// (seen in its trace: Stat=0E40 Count=0005 for a SEARCH ID EQUAL with CC only).
    /// </summary>
    private static UnitStatus NotCompared(UnitStatus status, ref DeviceTransfer transfer)
    {
        transfer.Consumed = 0;
        return status;
    }
}
