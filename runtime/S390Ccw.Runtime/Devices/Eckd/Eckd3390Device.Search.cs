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
        if (status != Ok) return status;
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
        if (status != Ok) return status;
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
        if (status != Ok) return status;
        var argument = transfer.Output;
        int n = Math.Min(argument.Length, 4);
        transfer.Consumed = n;
        bool equal = _track.HomeAddress.Slice(1, n).SequenceEqual(argument.Slice(0, n));
        _searchHomeAddressEqual = equal && n == 4;
        return equal ? UnitStatus.Normal | UnitStatus.StatusModifier : UnitStatus.Normal;
    }

    /// <summary>Opcode bit 0x20 means "equal", 0x40 "high" (s390.md §5.1); compare is record vs argument.</summary>
    private static bool Matches(byte code, int compare) =>
        ((code & 0x20) != 0 && compare == 0) || ((code & 0x40) != 0 && compare > 0);
}
