using System;
using System.Collections.Generic;
using System.IO;

namespace S390Ccw.Hercules.Tests.Support;

/// <summary>
/// Writes a one-cylinder uncompressed 3390 Hercules image (CKD_P370) byte by byte, with the given
/// records on cylinder 0 head 0. For these tests only: the product's image writer is tested
/// elsewhere, and this one must not share code with it, so that a Hercules run judges both.
/// </summary>
public static class CkdTestVolume
{
    /// <summary>3390: 15 heads (Hercules dasdtab.c (3390 device table)).</summary>
    public const int Heads = 15;

    /// <summary>roundup512(5 + 8 + 8 + 8 + 56664 + 8) = 56832 (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)).</summary>
    public const int TrackSize = 56832;

    /// <summary>The device header is 512 bytes (Hercules cckd.h CKD_DEVHDR).</summary>
    public const int HeaderSize = 512;

    /// <summary>Eight 0xFF bytes end the records of a track (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)).</summary>
    private const int EndMarkerLength = 8;

    public static void Write(string path, IReadOnlyList<CkdTestRecord> track0Records)
    {
        File.WriteAllBytes(path, Build(track0Records));
    }

    public static byte[] Build(IReadOnlyList<CkdTestRecord> track0Records) =>
        Build(new Dictionary<int, IReadOnlyList<CkdTestRecord>> { [0] = track0Records });

    /// <summary>A one-cylinder volume with the given records on each head (heads not named are empty).</summary>
    public static byte[] Build(IReadOnlyDictionary<int, IReadOnlyList<CkdTestRecord>> recordsByHead)
    {
        var image = new byte[HeaderSize + Heads * TrackSize];
        WriteDeviceHeader(image);
        for (int head = 0; head < Heads; head++)
            WriteTrack(image.AsSpan(HeaderSize + head * TrackSize, TrackSize), head,
                recordsByHead.TryGetValue(head, out var records) ? records : Array.Empty<CkdTestRecord>());
        return image;
    }

    /// <summary>Hercules cckd.h CKD_DEVHDR: devid, heads and track size little-endian, device type low byte, highcyl 0.</summary>
    private static void WriteDeviceHeader(Span<byte> image)
    {
        "CKD_P370"u8.CopyTo(image);
        WriteLittleEndian32(image.Slice(8), Heads);
        WriteLittleEndian32(image.Slice(12), TrackSize);
        image[16] = 0x90;  // dh_devtyp: 3390
        image[17] = 0x00;  // dh_fileseq: the only file
        // 18-19 dh_highcyl = 0 (last or only file); 20-31 serial left zero (Hercules makes one up).
    }

    /// <summary>
    /// Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images): HA (flag 0, CC, HH), R0 count CCHH 00 00 0008 with 8 zero data bytes, then the
    /// records, then the end marker. Heads other than 0 get HA + R0 + end marker, which is what
    /// Hercules 3.13 dasdinit writes on an empty track (observed).
    /// </summary>
    private static void WriteTrack(Span<byte> track, int head, IReadOnlyList<CkdTestRecord> records)
    {
        const int cylinder = 0;
        int offset = 0;
        track[offset++] = 0;
        WriteBigEndian16(track.Slice(offset), cylinder);
        WriteBigEndian16(track.Slice(offset + 2), head);
        offset += 4;

        offset += WriteCount(track.Slice(offset), cylinder, head, 0, 0, 8);
        offset += 8; // R0 data: zeros

        foreach (CkdTestRecord record in records)
        {
            int needed = 8 + record.Key.Length + record.Data.Length + EndMarkerLength;
            if (offset + needed > track.Length)
                throw new ArgumentException($"Record {record.RecordNumber} does not fit on the track image.", nameof(records));
            if (record.Key.Length > 255 || record.Data.Length > 0xFFFF)
                throw new ArgumentException($"Record {record.RecordNumber} has a key or data too long for a count field.", nameof(records));
            offset += WriteCount(track.Slice(offset), cylinder, head, record.RecordNumber, record.Key.Length, record.Data.Length);
            record.Key.CopyTo(track.Slice(offset));
            offset += record.Key.Length;
            record.Data.CopyTo(track.Slice(offset));
            offset += record.Data.Length;
        }

        track.Slice(offset, EndMarkerLength).Fill(0xFF);
    }

    /// <summary>Count field CC HH R KL DL, big-endian (IBM 3390 track format, home address, R0 and count area (GC26-4577)).</summary>
    private static int WriteCount(Span<byte> destination, int cylinder, int head, int record, int keyLength, int dataLength)
    {
        WriteBigEndian16(destination, cylinder);
        WriteBigEndian16(destination.Slice(2), head);
        destination[4] = (byte)record;
        destination[5] = (byte)keyLength;
        WriteBigEndian16(destination.Slice(6), dataLength);
        return 8;
    }

    private static void WriteBigEndian16(Span<byte> destination, int value)
    {
        destination[0] = (byte)(value >> 8);
        destination[1] = (byte)value;
    }

    private static void WriteLittleEndian32(Span<byte> destination, int value)
    {
        destination[0] = (byte)value;
        destination[1] = (byte)(value >> 8);
        destination[2] = (byte)(value >> 16);
        destination[3] = (byte)(value >> 24);
    }
}
