using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Win32.SafeHandles;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// A 3390 volume in an uncompressed Hercules CKD image (one file or several, Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)), read a track
/// at a time when the device asks: opening a 3390-54 costs a few header reads. A handful of recently used
/// tracks are cached; <see cref="WriteTrack"/> writes the track image back to its place in the file at once.
/// </summary>
public sealed class CkdImageTrackStore : ICkdTrackStore
{
    /// <summary>Tracks kept parsed in memory unless the caller asks for another number.</summary>
    public const int DefaultCachedTracks = 16;

    private readonly CkdImageSegment[] _segments;
    private readonly TrackCache _cache;
    private bool _disposed;

    private CkdImageTrackStore(CkdImageSegment[] segments, int cylinders, bool isReadOnly, int cachedTracks)
    {
        _segments = segments;
        Model = Dasd3390Model.ForCylinders(cylinders);
        IsReadOnly = isReadOnly;
        _cache = new TrackCache(cachedTracks);
    }

    /// <summary>
    /// Opens the volume whose first file is <paramref name="path"/> (or dasdinit's "_1" name for it) and
    /// every further file of a multi-file volume. A damaged header, a size that is not a whole number of
    /// cylinders or a missing continuation file gives a <see cref="DiskImageException"/>.
    /// </summary>
    public static CkdImageTrackStore Open(string path, bool readOnly = false, int cachedTracks = DefaultCachedTracks)
    {
        var segments = CkdImageSegment.OpenVolume(CkdImageFileNames.ResolveFirstFile(path), readOnly);
        int tracks = 0;
        foreach (var segment in segments) tracks += segment.TrackCount;
        return new CkdImageTrackStore(segments, tracks / Dasd3390Model.HeadsPerCylinder, readOnly, cachedTracks);
    }

    public int Cylinders => Model.Cylinders;

    public int Heads => Dasd3390Model.HeadsPerCylinder;

    public Dasd3390Model Model { get; }

    public bool IsReadOnly { get; }

    /// <summary>The files of the volume, first to last.</summary>
    public IReadOnlyList<string> Files => Array.ConvertAll(_segments, s => s.Path);

    public CkdTrack ReadTrack(int cylinder, int head)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int number = TrackNumber(cylinder, head);
        if (_cache.TryGet(number, out var cached)) return cached;
        var segment = SegmentOf(number);
        long offset = segment.OffsetOf(number);
        var image = new byte[CkdTrack.ImageSize];
        int read = ReadFully(segment.Handle, image, offset);
        if (read < image.Length)
        {
            throw new DiskImageException(segment.Path, $"track image is truncated: the file ends {read} bytes into it (a 3390 track image is {CkdTrack.ImageSize} bytes)", cylinder, head, offset + read);
        }
        var track = CkdTrack.Parse(image, cylinder, head, segment.Path, offset);
        WriteIfDirty(_cache.Add(number, track));
        return track;
    }

    public void WriteTrack(CkdTrack track)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsReadOnly) throw new InvalidOperationException($"{_segments[0].Path} is open read-only");
        int number = TrackNumber(track.Cylinder, track.Head);
        Store(number, track);
        WriteIfDirty(_cache.Add(number, track));
    }

    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (var track in _cache.Tracks) WriteIfDirty(track);
    }

    public void Dispose()
    {
        if (_disposed) return;
        try
        {
            if (!IsReadOnly) Flush();
        }
        finally
        {
            _disposed = true;
            _cache.Clear();
            foreach (var segment in _segments) segment.Handle.Dispose();
        }
    }

    private void WriteIfDirty(CkdTrack? track)
    {
        if (track is null || !track.Dirty || IsReadOnly) return;
        Store(TrackNumber(track.Cylinder, track.Head), track);
    }

    private void Store(int number, CkdTrack track)
    {
        var segment = SegmentOf(number);
        RandomAccess.Write(segment.Handle, track.Image, segment.OffsetOf(number));
        track.MarkClean();
    }

    private CkdImageSegment SegmentOf(int trackNumber)
    {
        foreach (var segment in _segments)
        {
            if (trackNumber < segment.FirstTrack + segment.TrackCount) return segment;
        }
        throw new ArgumentOutOfRangeException(nameof(trackNumber));
    }

    private int TrackNumber(int cylinder, int head)
    {
        if ((uint)cylinder >= (uint)Cylinders) throw new ArgumentOutOfRangeException(nameof(cylinder), cylinder, $"the volume has cylinders 0..{Cylinders - 1}");
        if ((uint)head >= (uint)Heads) throw new ArgumentOutOfRangeException(nameof(head), head, $"the volume has heads 0..{Heads - 1}");
        return (cylinder * Heads) + head;
    }

    internal static int ReadFully(SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = RandomAccess.Read(handle, buffer[total..], offset + total);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
