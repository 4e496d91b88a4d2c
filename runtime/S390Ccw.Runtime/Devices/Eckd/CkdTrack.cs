using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Runtime.Images;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// One 3390 track, kept as a single byte array in Hercules track-image layout (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images):
/// HA, R0 count and data, R1.. count/key/data, 8 × 0xFF end marker, zero padding to 56832 bytes)
/// plus an index of the records. Reads hand out spans into that array, so no record is copied or
/// allocated; writes change it in place and set <see cref="Dirty"/>.
/// </summary>
public sealed class CkdTrack : ICkdTrackView
{
    /// <summary>Bytes of a track image in a Hercules 3390 file (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images): roundup512(56701)).</summary>
    public const int ImageSize = TrackCapacity.HerculesTrackImageSize;

    /// <summary>Home address bytes: flag ("bin") byte, CC, HH (IBM 3390 track format, home address, R0 and count area (GC26-4577)).</summary>
    public const int HomeAddressLength = 5;

    /// <summary>Where the R0 count field starts: right after the home address.</summary>
    public const int RecordZeroOffset = HomeAddressLength;

    /// <summary>Bytes of the end-of-track marker, a count field of all ones (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)).</summary>
    public const int EndMarkerLength = 8;

    /// <summary>Data bytes of a standard R0 (IBM 3390 track format, home address, R0 and count area (GC26-4577)).</summary>
    public const int StandardRecordZeroDataLength = 8;

    /// <summary>Largest R0 data length of a 3390 (Hercules dasdtab.c (3390 device table), Hercules dasdtab "R0 max").</summary>
    public const int MaximumRecordZeroLength = 57326;

    private readonly byte[] _image;
    private readonly List<CkdRecordInfo> _records;
    private int _end;
    private int _used;

    private CkdTrack(int cylinder, int head, byte[] image, List<CkdRecordInfo> records, int end)
    {
        Cylinder = cylinder;
        Head = head;
        _image = image;
        _records = records;
        _end = end;
        _used = ComputeUsedCapacity(records);
    }

    public int Cylinder { get; }

    public int Head { get; }

    /// <summary>R0 first, then R1.. in track order; the end marker is not listed.</summary>
    public IReadOnlyList<CkdRecordInfo> Records => _records;

    /// <summary>True after any change since the track was read or last <see cref="MarkClean"/>ed.</summary>
    public bool Dirty { get; private set; }

    /// <summary>The whole track image (HA through end marker, zero padded to <see cref="ImageSize"/>).</summary>
    public ReadOnlySpan<byte> Image => _image;

    /// <summary>Offset of the end-of-track marker in <see cref="Image"/>.</summary>
    public int EndMarkerOffset => _end;

    /// <summary>Image bytes up to and including the end marker (what CCKD stores before compression).</summary>
    public int UsedImageLength => _end + EndMarkerLength;

    /// <summary>Track capacity the records after R0 use, by the 3390 formula (TrackCapacity, IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track).</summary>
    public int UsedCapacity => _used;

    /// <summary>The 5 home address bytes as Read HA returns them.</summary>
    public ReadOnlySpan<byte> HomeAddress => _image.AsSpan(0, HomeAddressLength);

    public ReadOnlySpan<byte> Key(int index)
    {
        var r = _records[index];
        return _image.AsSpan(r.KeyOffset, r.KeyLength);
    }

    public ReadOnlySpan<byte> Data(int index)
    {
        var r = _records[index];
        return _image.AsSpan(r.DataOffset, r.DataLength);
    }

    /// <summary>Records on the track, R0 included.</summary>
    public int RecordCount => _records.Count;

    /// <summary>The 8 count bytes of record <paramref name="index"/> as stored, big-endian.</summary>
    public ulong CountField(int index) => BinaryPrimitives.ReadUInt64BigEndian(_image.AsSpan(_records[index].Offset, CkdRecordInfo.CountLength));

    /// <summary>The 8 count bytes of record <paramref name="index"/> as stored (the device presents them through <see cref="Language.Devices.Eckd.CountField"/>).</summary>
    public ReadOnlySpan<byte> Count(int index) => _image.AsSpan(_records[index].Offset, CkdRecordInfo.CountLength);

    /// <summary>The data area of a record for an in-place update (Write Data); marks the track dirty.</summary>
    public Span<byte> DataForWrite(int index)
    {
        var r = _records[index];
        Dirty = true;
        return _image.AsSpan(r.DataOffset, r.DataLength);
    }

    /// <summary>The key area of a record for an in-place update (Write Key and Data); marks the track dirty.</summary>
    public Span<byte> KeyForWrite(int index)
    {
        var r = _records[index];
        Dirty = true;
        return _image.AsSpan(r.KeyOffset, r.KeyLength);
    }

    /// <summary>Index of the first record whose count field has record number <paramref name="record"/>, or -1.</summary>
    public int IndexOfRecord(byte record)
    {
        for (int i = 0; i < _records.Count; i++)
        {
            if (_records[i].Record == record) return i;
        }
        return -1;
    }

    /// <summary>Erases every record after <paramref name="index"/> (a formatting write erases the rest of the track).</summary>
    public void TruncateAfter(int index)
    {
        if (index < 0 || index >= _records.Count) throw new ArgumentOutOfRangeException(nameof(index), index, "no such record on the track");
        if (index == _records.Count - 1) return;
        int oldMarkerEnd = _end + EndMarkerLength;
        _records.RemoveRange(index + 1, _records.Count - index - 1);
        _end = _records[index].EndOffset;
        _image.AsSpan(_end, oldMarkerEnd - _end).Clear();
        WriteEndMarker();
        _used = ComputeUsedCapacity(_records);
        Dirty = true;
    }

    /// <summary>
    /// Adds a record after the last one, with the track's own cylinder and head in its count field.
    /// Returns false, leaving the track unchanged, when the 3390 capacity formula says it does not fit.
    /// </summary>
    public bool TryAppend(byte record, ReadOnlySpan<byte> key, ReadOnlySpan<byte> data) =>
        TryAppend((ushort)Cylinder, (ushort)Head, record, key, data);

    /// <summary>Adds a record with an explicit count-field CCHH (Write CKD writes the count the program gives).</summary>
    public bool TryAppend(ushort cylinder, ushort head, byte record, ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        CheckLengths(key, data);
        if (!TrackCapacity.Fits(_used, key.Length, data.Length)) return false;
        int start = _end;
        int newEnd = start + CkdRecordInfo.CountLength + key.Length + data.Length;
        // Only an oversized R0 can make a record that fits by the formula overflow the file's track image.
        if (newEnd + EndMarkerLength > ImageSize) return false;
        var info = new CkdRecordInfo(cylinder, head, record, (byte)key.Length, (ushort)data.Length, start);
        info.WriteCount(_image.AsSpan(start));
        key.CopyTo(_image.AsSpan(info.KeyOffset));
        data.CopyTo(_image.AsSpan(info.DataOffset));
        _records.Add(info);
        _end = newEnd;
        WriteEndMarker();
        _used += TrackCapacity.RecordSpace(key.Length, data.Length);
        Dirty = true;
        return true;
    }

    /// <summary>
    /// Rewrites R0 (count CCHH = this track, R = 0) and, as Write R0 is a formatting write, erases every
    /// record after it. Throws when R0 would not fit the track image.
    /// </summary>
    public void ReplaceRecordZero(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        if (!TryReplaceRecordZero((ushort)Cylinder, (ushort)Head, 0, key, data))
        {
            throw new ArgumentOutOfRangeException(nameof(data), data.Length, "R0 does not fit the track");
        }
    }

    /// <summary>Rewrites R0 with an explicit count field and erases the rest of the track; false when it does not fit.</summary>
    public bool TryReplaceRecordZero(ushort cylinder, ushort head, byte record, ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        CheckLengths(key, data);
        int newEnd = RecordZeroOffset + CkdRecordInfo.CountLength + key.Length + data.Length;
        if (key.Length + data.Length > MaximumRecordZeroLength || newEnd + EndMarkerLength > ImageSize) return false;
        int oldMarkerEnd = _end + EndMarkerLength;
        var info = new CkdRecordInfo(cylinder, head, record, (byte)key.Length, (ushort)data.Length, RecordZeroOffset);
        info.WriteCount(_image.AsSpan(RecordZeroOffset));
        key.CopyTo(_image.AsSpan(info.KeyOffset));
        data.CopyTo(_image.AsSpan(info.DataOffset));
        _records.Clear();
        _records.Add(info);
        _end = newEnd;
        if (oldMarkerEnd > _end) _image.AsSpan(_end, oldMarkerEnd - _end).Clear();
        WriteEndMarker();
        _used = 0;
        Dirty = true;
        return true;
    }

    /// <summary>Called by a store once the track is safely written.</summary>
    public void MarkClean() => Dirty = false;

    /// <summary>A deep copy (own image array), clean.</summary>
    public CkdTrack Clone() =>
        new(Cylinder, Head, (byte[])_image.Clone(), new List<CkdRecordInfo>(_records), _end);

    /// <summary>
    /// A freshly formatted track: HA and a standard R0 (CCHH of the track, R 0, KL 0, DL 8, eight zero
    /// data bytes), then the end marker (IBM 3390 track format, home address, R0 and count area (GC26-4577), Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images); Hercules dasdinit's default null track).
    /// </summary>
    public static CkdTrack Empty(int cylinder, int head)
    {
        CheckAddress(cylinder, head);
        var image = new byte[ImageSize];
        WriteHomeAddress(image, cylinder, head);
        var r0 = new CkdRecordInfo((ushort)cylinder, (ushort)head, 0, 0, StandardRecordZeroDataLength, RecordZeroOffset);
        r0.WriteCount(image.AsSpan(RecordZeroOffset));
        int end = r0.EndOffset;
        image.AsSpan(end, EndMarkerLength).Fill(0xFF);
        return new CkdTrack(cylinder, head, image, new List<CkdRecordInfo>(4) { r0 }, end);
    }

    /// <summary>
    /// Reads a track image (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)) and indexes its records. An array of exactly
    /// <see cref="ImageSize"/> bytes is adopted, not copied. Faults name <paramref name="source"/>,
    /// the track and the file offset (<paramref name="fileOffset"/> is where the image starts in it).
    /// </summary>
    public static CkdTrack Parse(byte[] image, int cylinder, int head, string source = "track image", long fileOffset = 0) =>
        Parse(image, image.Length, cylinder, head, source, fileOffset);

    /// <summary>
    /// As <see cref="Parse(byte[], int, int, string, long)"/>, reading only the first <paramref name="length"/>
    /// bytes (a decompressed CCKD track in a full-size buffer; the rest of the buffer must be zero).
    /// </summary>
    public static CkdTrack Parse(byte[] image, int length, int cylinder, int head, string source, long fileOffset)
    {
        CheckAddress(cylinder, head);
        if ((uint)length > (uint)image.Length) throw new ArgumentOutOfRangeException(nameof(length));
        if (length > ImageSize)
        {
            throw Fault(source, cylinder, head, fileOffset, $"track image is {length} bytes, more than the {ImageSize} of a 3390 track");
        }
        const int minimum = RecordZeroOffset + CkdRecordInfo.CountLength;
        if (length < minimum)
        {
            throw Fault(source, cylinder, head, fileOffset + length, $"track image is truncated: {length} bytes, less than HA + R0 count ({minimum})");
        }
        int haCylinder = BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(1));
        int haHead = BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(3));
        if (image[0] != 0 || haCylinder != cylinder || haHead != head)
        {
            throw Fault(source, cylinder, head, fileOffset, $"home address {Convert.ToHexString(image, 0, HomeAddressLength)} does not name this track (expected 00{cylinder:X4}{head:X4})");
        }
        var records = new List<CkdRecordInfo>(8);
        int position = RecordZeroOffset;
        while (true)
        {
            if (position + CkdRecordInfo.CountLength > length)
            {
                throw Fault(source, cylinder, head, fileOffset + position, $"count field at track offset {position} runs past the end of the track image ({length} bytes): no end-of-track marker");
            }
            var count = image.AsSpan(position, CkdRecordInfo.CountLength);
            if (BinaryPrimitives.ReadUInt64BigEndian(count) == ulong.MaxValue)
            {
                if (records.Count == 0) throw Fault(source, cylinder, head, fileOffset + position, "the track has no R0 (end-of-track marker right after the home address)");
                break;
            }
            var info = new CkdRecordInfo(
                BinaryPrimitives.ReadUInt16BigEndian(count),
                BinaryPrimitives.ReadUInt16BigEndian(count[2..]),
                count[4], count[5], BinaryPrimitives.ReadUInt16BigEndian(count[6..]), position);
            if (info.EndOffset > length)
            {
                throw Fault(source, cylinder, head, fileOffset + position, $"record {info} runs past the end of the track image ({length} bytes)");
            }
            records.Add(info);
            position = info.EndOffset;
        }
        var owned = image;
        if (image.Length != ImageSize)
        {
            owned = new byte[ImageSize];
            image.AsSpan(0, position + EndMarkerLength).CopyTo(owned);
        }
        return new CkdTrack(cylinder, head, owned, records, position);
    }

    private static DiskImageException Fault(string source, int cylinder, int head, long offset, string problem) =>
        new(source, problem, cylinder, head, offset);

    private void WriteEndMarker() => _image.AsSpan(_end, EndMarkerLength).Fill(0xFF);

    private static void WriteHomeAddress(byte[] image, int cylinder, int head)
    {
        image[0] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(image.AsSpan(1), (ushort)cylinder);
        BinaryPrimitives.WriteUInt16BigEndian(image.AsSpan(3), (ushort)head);
    }

    private static int ComputeUsedCapacity(List<CkdRecordInfo> records)
    {
        int used = 0;
        for (int i = 1; i < records.Count; i++)
        {
            used += TrackCapacity.RecordSpace(records[i].KeyLength, records[i].DataLength);
        }
        return used;
    }

    private static void CheckLengths(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        if (key.Length > byte.MaxValue) throw new ArgumentOutOfRangeException(nameof(key), key.Length, "a key is at most 255 bytes (KL is one byte)");
        if (data.Length > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(data), data.Length, "data is at most 65535 bytes (DL is two bytes)");
    }

    private static void CheckAddress(int cylinder, int head)
    {
        if ((uint)cylinder > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(cylinder), cylinder, "cylinder must be 0..65535");
        if ((uint)head >= Dasd3390Model.HeadsPerCylinder) throw new ArgumentOutOfRangeException(nameof(head), head, "head must be 0..14");
    }

    public override string ToString() => $"track ({Cylinder},{Head}): {_records.Count} records, {_used} of {TrackCapacity.TrackLength} bytes";
}
