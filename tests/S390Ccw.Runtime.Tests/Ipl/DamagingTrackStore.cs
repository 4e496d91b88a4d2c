using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;

namespace S390Ccw.Runtime.Tests.Ipl;

/// <summary>A store whose one track cannot be read, as an image with damage in that track answers.</summary>
internal sealed class DamagingTrackStore : ICkdTrackStore
{
    private readonly ICkdTrackStore _inner;
    private readonly int _cylinder;
    private readonly int _head;

    public DamagingTrackStore(ICkdTrackStore inner, int cylinder, int head)
    {
        _inner = inner;
        _cylinder = cylinder;
        _head = head;
    }

    public int Reads { get; private set; }

    public int Cylinders => _inner.Cylinders;

    public int Heads => _inner.Heads;

    public Dasd3390Model Model => _inner.Model;

    public bool IsReadOnly => _inner.IsReadOnly;

    public CkdTrack ReadTrack(int cylinder, int head)
    {
        if (cylinder == _cylinder && head == _head)
        {
            Reads++;
            throw new DiskImageException("damaged.3390", "record 1 runs past the end of the track", cylinder, head, 4242);
        }
        return _inner.ReadTrack(cylinder, head);
    }

    public void WriteTrack(CkdTrack track) => _inner.WriteTrack(track);

    public void Flush() => _inner.Flush();

    public void Dispose() => _inner.Dispose();
}
