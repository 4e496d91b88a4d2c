using System;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// Moving over the track: next count field, index passing and No Record Found, multi-track head
/// switching (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count; Hercules ckd_read_count and mt_advance).
/// </summary>
public sealed partial class Eckd3390Device
{
    private const UnitStatus Ok = UnitStatus.None;

    /// <summary>
    /// Advances to the next count field (<see cref="TrackCursor.NextCount"/>): a multi-track command, or
    /// one inside a Locate Record domain, continues on the next head.
    /// </summary>
    private UnitStatus NextCount(bool includeRecordZero, bool multiTrack)
    {
        while (true)
        {
            switch (_cursor.NextCount(_track, includeRecordZero, multiTrack || InDomain))
            {
                case CursorStep.Positioned:
                    return Ok;
                case CursorStep.NoRecordFound:
                    return Fault(SenseNoRecordFound);
            }
            var status = AdvanceHead();
            if (status != Ok) return status;
        }
    }

    /// <summary>
    /// Multi-track: the next head of the cylinder. Past the last head is End of Cylinder; a file
    /// mask of "inhibit seek and multi-track" or a track outside the extent is File Protected.
    /// </summary>
    private UnitStatus AdvanceHead()
    {
        if ((_fileMask & SeekControlMask) == SeekControlMask) return Fault(SenseFileProtected);
        // Inside a domain the records continue on the next cylinder (the extent still bounds it).
        if (!HeadAdvance.TryNext(_cylinder, _head, _store.Heads, _store.Cylinders, InDomain, out int cylinder, out int head))
            return Fault(SenseEndOfCylinder);
        if (!InsideExtent(cylinder, head)) return Fault(SenseFileProtected);
        LoadTrack(cylinder, head);
        _cursor.IndexPassed = false;
        return Ok;
    }

    /// <summary>Back to index of the current track; a multi-track command outside a domain first moves a head.</summary>
    private UnitStatus ToIndex(bool multiTrack)
    {
        if (multiTrack && !InDomain)
        {
            var status = AdvanceHead();
            if (status != Ok) return status;
        }
        _cursor.ToIndex();
        return Ok;
    }

    /// <summary>The 8 count bytes of a record as the device presents them (<see cref="CountField.Present"/>).</summary>
    private void CopyCount(int index, Span<byte> destination)
    {
        _track.Count(index).CopyTo(destination);
        destination[0] = CountField.PresentByte0(destination[0], _store.Cylinders);
    }

    private static bool IsMultiTrack(byte code) => (code & 0x80) != 0;
}
