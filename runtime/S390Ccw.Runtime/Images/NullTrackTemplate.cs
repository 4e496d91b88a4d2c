using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// The bytes of a null track, built once and stamped with each track's CCHH (in the HA and in every
/// count field), so writing a large empty volume allocates nothing per track.
/// </summary>
internal sealed class NullTrackTemplate
{
    private readonly byte[] _bytes;
    private readonly int[] _countOffsets;

    public NullTrackTemplate(NullTrackFormat format)
    {
        var track = NullTracks.Build(0, 0, format);
        _bytes = track.Image[..track.UsedImageLength].ToArray();
        var offsets = new List<int>();
        foreach (var record in track.Records) offsets.Add(record.Offset);
        _countOffsets = offsets.ToArray();
    }

    /// <summary>Bytes from the HA through the end marker.</summary>
    public int Length => _bytes.Length;

    public void WriteTo(Span<byte> destination, int cylinder, int head)
    {
        _bytes.CopyTo(destination);
        Stamp(destination[1..], cylinder, head);
        foreach (int offset in _countOffsets) Stamp(destination[offset..], cylinder, head);
    }

    private static void Stamp(Span<byte> cchh, int cylinder, int head)
    {
        BinaryPrimitives.WriteUInt16BigEndian(cchh, (ushort)cylinder);
        BinaryPrimitives.WriteUInt16BigEndian(cchh[2..], (ushort)head);
    }
}
