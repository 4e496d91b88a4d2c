using System;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>Builds the null tracks of <see cref="NullTrackFormat"/>.</summary>
public static class NullTracks
{
    /// <summary>Records of a Linux-formatted 3390 track: twelve 4096-byte blocks (IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track, Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)).</summary>
    public const int LinuxBlocksPerTrack = 12;

    public const int LinuxBlockSize = 4096;

    public static CkdTrack Build(int cylinder, int head, NullTrackFormat format)
    {
        var track = CkdTrack.Empty(cylinder, head);
        switch (format)
        {
            case NullTrackFormat.Format0:
                track.TryAppend(1, ReadOnlySpan<byte>.Empty, ReadOnlySpan<byte>.Empty);
                break;
            case NullTrackFormat.Format1:
                break;
            case NullTrackFormat.Format2:
                var block = new byte[LinuxBlockSize];
                for (int r = 1; r <= LinuxBlocksPerTrack; r++) track.TryAppend((byte)r, ReadOnlySpan<byte>.Empty, block);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "null track formats are 0, 1 and 2");
        }
        track.MarkClean();
        return track;
    }
}
