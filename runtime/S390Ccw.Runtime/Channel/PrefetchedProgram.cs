using System.Collections.Generic;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The copy of a channel program that <see cref="PrefetchMode.VfioCcw"/> runs, built the way Linux
/// vfio-ccw builds it (drivers/s390/cio/vfio_ccw_cp.c, SA22-7832 ch. 15, ORB prefetch control; Linux drivers/s390/cio/vfio_ccw_cp.c): a segment starts at the ORB
/// address and extends while a CCW has CC or CD, or is a TIC back into the segment; each TIC whose
/// target lies outside every segment starts a new segment there. A segment longer than 256 CCWs
/// makes vfio-ccw refuse the program (-EINVAL, which QEMU presents as unit exception).
/// </summary>
internal sealed class PrefetchedProgram
{
    /// <summary>CCWCHAIN_LEN_MAX in vfio_ccw_cp.c.</summary>
    public const int SegmentLimit = 256;

    /// <summary>A bound on segments so that a hostile program cannot make the copy unbounded.</summary>
    private const int SegmentCountLimit = 4096;

    private readonly List<Segment> _segments = new();

    private PrefetchedProgram()
    {
    }

    /// <summary>False when a segment exceeded <see cref="SegmentLimit"/>: the start is refused with unit exception.</summary>
    public bool Accepted { get; private set; } = true;

    public int SegmentCount => _segments.Count;

    public int CcwCount
    {
        get
        {
            int n = 0;
            foreach (var s in _segments) n += s.Ccws.Count;
            return n;
        }
    }

    public static PrefetchedProgram Copy(GuestStorage storage, uint start, CcwFormat format, int key)
    {
        var program = new PrefetchedProgram();
        var pending = new Queue<uint>();
        pending.Enqueue(start);
        while (pending.Count > 0)
        {
            uint head = pending.Dequeue();
            if (program.Covers(head)) continue;
            if (program._segments.Count >= SegmentCountLimit)
            {
                program.Accepted = false;
                return program;
            }
            var segment = program.CopySegment(storage, head, format, key);
            if (segment is null) return program;
            program._segments.Add(segment);
            foreach (ulong raw in segment.Ccws)
            {
                if (IsTic(raw, format, out uint target) && !segment.Contains(target))
                    pending.Enqueue(target);
            }
        }
        return program;
    }

    /// <summary>The copied CCW at an address, if the copy holds one there.</summary>
    public bool TryGet(uint address, out ulong raw)
    {
        foreach (var s in _segments)
        {
            if (s.Contains(address))
            {
                raw = s.Ccws[(int)((address - s.Head) >> 3)];
                return true;
            }
        }
        raw = 0;
        return false;
    }

    private bool Covers(uint address)
    {
        foreach (var s in _segments)
        {
            if (s.Contains(address)) return true;
        }
        return false;
    }

    private Segment? CopySegment(GuestStorage storage, uint head, CcwFormat format, int key)
    {
        var segment = new Segment(head);
        // An unreadable CCW ends the copy there; running into it later is checked as a lazy
        // fetch would check it (alignment, addressing, protection).
        if ((head & 7) != 0) return segment;
        for (uint address = head; ; address += 8)
        {
            if (storage.TryFetchAligned(address, 8, key, out ulong raw) != StorageAccess.Success) break;
            segment.Ccws.Add(raw);
            if (segment.Ccws.Count > SegmentLimit)
            {
                Accepted = false;
                return null;
            }
            bool chained = (Flags(raw, format) & (CcwFlags.ChainCommand | CcwFlags.ChainData)) != 0;
            bool ticInside = IsTic(raw, format, out uint target) && segment.Contains(target);
            if (!chained && !ticInside) break;
        }
        return segment;
    }

    private static CcwFlags Flags(ulong raw, CcwFormat format) => Ccw.Decode(format, raw).Flags;

    private static bool IsTic(ulong raw, CcwFormat format, out uint target)
    {
        var ccw = Ccw.Decode(format, raw);
        target = ccw.DataAddress;
        return ccw.IsTransferInChannel(format);
    }

    private sealed class Segment
    {
        public Segment(uint head) => Head = head;

        public uint Head { get; }

        public List<ulong> Ccws { get; } = new();

        public bool Contains(uint address) =>
            address >= Head && address - Head < (uint)Ccws.Count * 8 && ((address - Head) & 7) == 0;
    }
}
