using System.Collections.Generic;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>The few most recently used tracks of an image store (least recently used goes first).</summary>
internal sealed class TrackCache
{
    private readonly int _capacity;
    private readonly Dictionary<int, LinkedListNode<CkdTrack>> _byTrack;
    private readonly LinkedList<CkdTrack> _order = new();

    public TrackCache(int capacity)
    {
        _capacity = capacity < 1 ? 1 : capacity;
        _byTrack = new Dictionary<int, LinkedListNode<CkdTrack>>(_capacity);
    }

    public IEnumerable<CkdTrack> Tracks => _order;

    public bool TryGet(int trackNumber, out CkdTrack track)
    {
        if (_byTrack.TryGetValue(trackNumber, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            track = node.Value;
            return true;
        }
        track = null!;
        return false;
    }

    /// <summary>Caches <paramref name="track"/>; returns the track it pushed out, if any, so a dirty one can be written.</summary>
    public CkdTrack? Add(int trackNumber, CkdTrack track)
    {
        if (_byTrack.TryGetValue(trackNumber, out var existing))
        {
            _order.Remove(existing);
            _byTrack.Remove(trackNumber);
        }
        CkdTrack? evicted = null;
        if (_byTrack.Count >= _capacity)
        {
            var last = _order.Last!;
            _order.RemoveLast();
            _byTrack.Remove(TrackNumberOf(last.Value));
            evicted = last.Value;
        }
        _byTrack[trackNumber] = _order.AddFirst(track);
        return evicted;
    }

    public void Clear()
    {
        _byTrack.Clear();
        _order.Clear();
    }

    private static int TrackNumberOf(CkdTrack track) => (track.Cylinder * S390Ccw.Language.Devices.Dasd3390Model.HeadsPerCylinder) + track.Head;
}
