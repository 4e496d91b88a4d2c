using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Tests.Images;

/// <summary>
/// Builds small CCKD files by hand from the layout in Hercules cckd.h and cckddasd.c (compressed CCKD) (device header, CCKD header at 512,
/// L1 at 1024, one 256-entry L2 table, then the stored tracks), so the reader can be tested on exact bytes.
/// </summary>
internal sealed class CckdTestFile
{
    private readonly Dictionary<int, byte[]> _stored = new();

    public int Cylinders { get; init; } = 2;

    public bool BigEndian { get; init; }

    public byte NullFormat { get; init; }

    /// <summary>Stores a track image (HA .. end marker) with compression 0 (none), 1 (zlib) or 2 (bzip2 is not built here).</summary>
    public CckdTestFile Track(int trackNumber, CkdTrack track, int compression)
    {
        var image = track.Image[..track.UsedImageLength].ToArray();
        byte[] stored;
        if (compression == 0)
        {
            stored = image;
        }
        else
        {
            var body = new MemoryStream();
            using (var zlib = new ZLibStream(body, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(image, 5, image.Length - 5);
            stored = new byte[5 + body.Length];
            image.AsSpan(0, 5).CopyTo(stored);
            body.ToArray().CopyTo(stored, 5);
        }
        stored[0] = (byte)compression;
        _stored[trackNumber] = stored;
        return this;
    }

    /// <summary>Stores raw bytes for a track (to test damage).</summary>
    public CckdTestFile Raw(int trackNumber, byte[] stored)
    {
        _stored[trackNumber] = stored;
        return this;
    }

    public void Write(string path)
    {
        const int l2Offset = 1024 + 4;
        long position = l2Offset + (256 * 8);
        var file = new MemoryStream();
        var header = new byte[1024 + 4 + (256 * 8)];
        "CKD_C370"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), 15);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(12), 56832);
        header[16] = 0x90;
        header[512] = 0;
        header[513] = 3;
        header[514] = 1;
        header[515] = BigEndian ? (byte)0x02 : (byte)0x00;
        U32(header, 512 + 4, 1);
        U32(header, 512 + 8, 256);
        U32(header, 512 + 40, (uint)Cylinders);
        header[512 + 44] = NullFormat;
        U32(header, 1024, l2Offset);
        var tracks = new List<byte>();
        foreach (var (number, stored) in _stored)
        {
            U32(header, l2Offset + (8 * number), (uint)position);
            U16(header, l2Offset + (8 * number) + 4, (ushort)stored.Length);
            U16(header, l2Offset + (8 * number) + 6, (ushort)stored.Length);
            tracks.AddRange(stored);
            position += stored.Length;
        }
        file.Write(header);
        file.Write(tracks.ToArray());
        File.WriteAllBytes(path, file.ToArray());
    }

    private void U32(byte[] bytes, int at, uint value)
    {
        if (BigEndian) BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(at), value);
        else BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), value);
    }

    private void U16(byte[] bytes, int at, ushort value)
    {
        if (BigEndian) BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), value);
        else BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), value);
    }
}
