using System;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// SEARCH ID, SEARCH KEY and SEARCH HOME ADDRESS (s390.md §5.1, §5.5): a match ends with status
/// modifier so that the channel skips the TIC of the Search + TIC loop.
/// </summary>
public sealed partial class Eckd3390Device
{
    private UnitStatus SearchId(byte code, ref DeviceTransfer transfer)
    {
        var status = NextCount(includeRecordZero: true, IsMultiTrack(code));
        if (status != Ok) return NotCompared(status, ref transfer);
        var argument = transfer.Output;
        int n = Math.Min(argument.Length, 5);
        transfer.Consumed = n;
        Span<byte> count = _work.AsSpan(0, 8);
        CopyCount(_record, count);
        int compare = count.Slice(0, n).SequenceCompareTo(argument.Slice(0, n));
        _searchIdEqual = compare == 0 && n == 5 && (code & 0x7F) == CommandCodes.SearchIdEqual;
        return Matches(code, compare) ? UnitStatus.Normal | UnitStatus.StatusModifier : UnitStatus.Normal;
    }

    private UnitStatus SearchKey(byte code, ref DeviceTransfer transfer)
    {
        var status = NextCount(includeRecordZero: false, IsMultiTrack(code));
        if (status != Ok) return NotCompared(status, ref transfer);
        var record = _records[_record];
        if (record.KeyLength == 0)
        {
            transfer.Consumed = 0;
            return UnitStatus.Normal;
        }
        _orientation = Orientation.Key;
        var argument = transfer.Output;
        int n = Math.Min(argument.Length, record.KeyLength);
        transfer.Consumed = n;
        int compare = _track.Key(_record).Slice(0, n).SequenceCompareTo(argument.Slice(0, n));
        _searchKeyEqual = compare == 0 && n == record.KeyLength && (code & 0x7F) == CommandCodes.SearchKeyEqual;
        return Matches(code, compare) ? UnitStatus.Normal | UnitStatus.StatusModifier : UnitStatus.Normal;
    }

    private UnitStatus SearchHomeAddress(byte code, ref DeviceTransfer transfer)
    {
        var status = ToIndex(IsMultiTrack(code));
        if (status != Ok) return NotCompared(status, ref transfer);
        var argument = transfer.Output;
        int n = Math.Min(argument.Length, 4);
        transfer.Consumed = n;
        bool equal = _track.HomeAddress.Slice(1, n).SequenceEqual(argument.Slice(0, n));
        _searchHomeAddressEqual = equal && n == 4;
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

    /// <summary>Opcode bit 0x20 means "equal", 0x40 "high" (s390.md §5.1); compare is record vs argument.</summary>
    private static bool Matches(byte code, int compare) =>
        ((code & 0x20) != 0 && compare == 0) || ((code & 0x40) != 0 && compare > 0);
}
