using System;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// Moving over the track: next count field, index passing and No Record Found, multi-track head
/// switching (s390.md §5.5; Hercules ckd_read_count and mt_advance).
/// </summary>
public sealed partial class Eckd3390Device
{
    private const UnitStatus Ok = UnitStatus.None;

    /// <summary>
    /// Advances to the next count field. From index the first is R0 when
    /// <paramref name="includeRecordZero"/>, else R1. At the end of the track a single-track command
    /// goes back to index and marks it passed; the second end of track is No Record Found. A
    /// multi-track command, or one inside a Locate Record domain, continues on the next head.
    /// </summary>
    private UnitStatus NextCount(bool includeRecordZero, bool multiTrack)
    {
        while (true)
        {
            int next = _orientation == Orientation.Index ? (includeRecordZero ? 0 : 1) : _record + 1;
            if (next < _records.Count)
            {
                _record = next;
                _orientation = Orientation.Count;
                return Ok;
            }
            if (multiTrack || InDomain)
            {
                var status = AdvanceHead();
                if (status != Ok) return status;
                continue;
            }
            if (_indexPassed) return Fault(SenseNoRecordFound);
            _indexPassed = true;
            _orientation = Orientation.Index;
            _record = 0;
        }
    }

    /// <summary>
    /// Multi-track: the next head of the cylinder. Past the last head is End of Cylinder; a file
    /// mask of "inhibit seek and multi-track" or a track outside the extent is File Protected.
    /// </summary>
    private UnitStatus AdvanceHead()
    {
        if ((_fileMask & SeekControlMask) == SeekControlMask) return Fault(SenseFileProtected);
        int head = _head + 1;
        int cylinder = _cylinder;
        if (head >= _store.Heads)
        {
            // Inside a domain the records continue on the next cylinder (the extent still bounds it).
            if (!InDomain) return Fault(SenseEndOfCylinder);
            head = 0;
            cylinder++;
            if (cylinder >= _store.Cylinders) return Fault(SenseEndOfCylinder);
        }
        if (!InsideExtent(cylinder, head)) return Fault(SenseFileProtected);
        LoadTrack(cylinder, head);
        _indexPassed = false;
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
        _orientation = Orientation.Index;
        _record = 0;
        return Ok;
    }

    /// <summary>The 8 count bytes of a record with the track-overflow bit cleared (s390.md §4.3).</summary>
    private void CopyCount(int index, Span<byte> destination)
    {
        _track.Count(index).CopyTo(destination);
        if (_store.Cylinders < 32768) destination[0] &= 0x7F;
    }

    /// <summary>True when the channel's transfer is on the record the device is oriented at (count or key).</summary>
    private bool OrientedInRecord => _orientation is Orientation.Count or Orientation.Key;

    private static bool IsMultiTrack(byte code) => (code & 0x80) != 0;
}
