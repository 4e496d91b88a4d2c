using System;
using System.Collections.Generic;
using S390Ccw.Language.Devices;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// A volume held in memory, for tests and image builders. Only tracks that were written are kept;
/// any other track reads as a freshly formatted one (<see cref="CkdTrack.Empty"/>, what Hercules
/// dasdinit writes by default), so a 3390-3 costs nothing until it is used.
/// </summary>
public sealed class MemoryTrackStore : ICkdTrackStore
{
    private readonly Dictionary<int, CkdTrack> _tracks = new();
    private bool _disposed;

    public MemoryTrackStore(Dasd3390Model model, bool isReadOnly = false)
    {
        if (model.Cylinders < 1 || model.Cylinders > Dasd3390Model.MaximumCylinders)
        {
            throw new ArgumentOutOfRangeException(nameof(model), model.Cylinders, $"a 3390 has 1..{Dasd3390Model.MaximumCylinders} cylinders");
        }
        Model = model;
        IsReadOnly = isReadOnly;
    }

    /// <summary>A volume of <paramref name="cylinders"/> cylinders, reporting the smallest model that holds them.</summary>
    public MemoryTrackStore(int cylinders, bool isReadOnly = false)
        : this(Dasd3390Model.ForCylinders(cylinders), isReadOnly)
    {
    }

    public int Cylinders => Model.Cylinders;

    public int Heads => Dasd3390Model.HeadsPerCylinder;

    public Dasd3390Model Model { get; }

    public bool IsReadOnly { get; set; }

    /// <summary>The tracks that were written, in (cylinder, head) order.</summary>
    public IEnumerable<CkdTrack> WrittenTracks
    {
        get
        {
            var keys = new List<int>(_tracks.Keys);
            keys.Sort();
            foreach (var key in keys) yield return _tracks[key];
        }
    }

    /// <summary>The stored track, or the same instance each time once written; an unwritten track is a new empty one.</summary>
    public CkdTrack ReadTrack(int cylinder, int head)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int key = TrackNumber(cylinder, head);
        return _tracks.TryGetValue(key, out var track) ? track : CkdTrack.Empty(cylinder, head);
    }

    public void WriteTrack(CkdTrack track)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsReadOnly) throw new InvalidOperationException("the volume is read-only");
        _tracks[TrackNumber(track.Cylinder, track.Head)] = track;
        track.MarkClean();
    }

    public void Flush()
    {
    }

    public void Dispose()
    {
        _disposed = true;
        _tracks.Clear();
    }

    private int TrackNumber(int cylinder, int head)
    {
        if ((uint)cylinder >= (uint)Cylinders) throw new ArgumentOutOfRangeException(nameof(cylinder), cylinder, $"the volume has cylinders 0..{Cylinders - 1}");
        if ((uint)head >= (uint)Heads) throw new ArgumentOutOfRangeException(nameof(head), head, $"the volume has heads 0..{Heads - 1}");
        return (cylinder * Heads) + head;
    }
}
