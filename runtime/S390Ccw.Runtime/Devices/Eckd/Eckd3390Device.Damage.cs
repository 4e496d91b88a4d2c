using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Images;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// A track the image cannot give (damaged compression, a count field past the track, a wrong home
/// address, an L2 entry outside the file) is a fact about the disk, not a fault of the emulator: the
/// device presents it as a 3390 presents a track it cannot read, and as Hercules does for a bad track
/// image (cckddasd.c, cckd_read_trk; ckddasd.c, ckd_seek "invalid track header"): unit check with sense
/// byte 1 "invalid track format" (0x40), the track's cylinder and head in the sense. The image's own
/// account of the damage is kept in <see cref="ImageDamage"/> for the tools to report.
/// </summary>
public sealed partial class Eckd3390Device
{
    /// <summary>
    /// True while the current track is a stand-in for one the image could not give: the next command
    /// that works on it reads it again (and meets the damage again), as a real device would.
    /// </summary>
    private bool _trackUnread;

    /// <summary>The last track the image could not give in the current channel program; null when every read succeeded.</summary>
    public DiskImageException? ImageDamage { get; private set; }

    /// <summary>Reads the current track, or remembers the damage and leaves the track to be read again when needed.</summary>
    private void TryLoadCurrentTrack()
    {
        try
        {
            ReadCurrentTrack();
        }
        catch (DiskImageException e)
        {
            StandInFor(e);
        }
    }

    /// <summary>Runs a command; a damaged track met on the way ends it with unit check, invalid track format.</summary>
    private UnitStatus DispatchReportingDamage(in DeviceCommand command, ref DeviceTransfer transfer)
    {
        try
        {
            if (_trackUnread && IsRecordCommand(command.Code)) ReadCurrentTrack();
            return Dispatch(command, ref transfer);
        }
        catch (DiskImageException e)
        {
            if (e.Cylinder is int c && e.Head is int h && c < _store.Cylinders && h < _store.Heads)
            {
                _cylinder = c;
                _head = h;
            }
            StandInFor(e);
            _cursor.ToIndex();
            return Fault(SenseInvalidTrackFormat);
        }
    }

    private void ReadCurrentTrack()
    {
        _track = _store.ReadTrack(_cylinder, _head);
        _records = _track.Records;
        _trackUnread = false;
    }

    private void StandInFor(DiskImageException damage)
    {
        ImageDamage = damage;
        _track = CkdTrack.Empty(_cylinder, _head);
        _records = _track.Records;
        _trackUnread = true;
    }
}
