using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Win32.SafeHandles;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// A 3390 volume in a compressed Hercules CCKD image (CKD_C370, s390.md §8.3), read only. Tracks are
/// found through the L1 table (read at open) and the 256-entry L2 tables (read when first needed),
/// expanded with zlib or bzip2, and cached like <see cref="CkdImageTrackStore"/>'s. Writing CCKD is not
/// supported: the store is read-only, so a device reports its writes as file protected.
/// </summary>
public sealed class CckdImageTrackStore : ICkdTrackStore
{
    private readonly SafeFileHandle _handle;
    private readonly CckdHeader _header;
    private readonly uint[] _l1;
    private readonly Dictionary<int, byte[]> _l2 = new();
    private readonly TrackCache _cache;
    private readonly long _fileLength;
    private bool _disposed;

    private CckdImageTrackStore(string path, SafeFileHandle handle, long fileLength, CckdHeader header, uint[] l1, int cachedTracks)
    {
        Path = path;
        _handle = handle;
        _fileLength = fileLength;
        _header = header;
        _l1 = l1;
        Model = Dasd3390Model.ForCylinders(header.Cylinders);
        _cache = new TrackCache(cachedTracks);
    }

    public static CckdImageTrackStore Open(string path, int cachedTracks = CkdImageTrackStore.DefaultCachedTracks)
    {
        var handle = ImageFileAccess.Open(path, FileAccess.Read);
        try
        {
            long length = RandomAccess.GetLength(handle);
            if (length < CckdHeader.L1Offset)
            {
                throw new DiskImageException(path, $"file is {length} bytes, shorter than the two 512-byte CCKD headers", byteOffset: length);
            }
            var headers = new byte[CckdHeader.L1Offset];
            CkdImageTrackStore.ReadFully(handle, headers, 0);
            var device = CkdDeviceHeader.Read(headers);
            if (device.DeviceId != CkdDeviceHeader.CompressedId)
            {
                throw new DiskImageException(path, $"bad header: device id '{device.DeviceId}' is not {CkdDeviceHeader.CompressedId} (not a compressed Hercules CKD image)", byteOffset: 0);
            }
            if (device.Heads != Dasd3390Model.HeadsPerCylinder) throw new DiskImageException(path, $"impossible geometry: {device.Heads} heads per cylinder, a 3390 has 15", byteOffset: 8);
            if (device.TrackSize != CkdTrack.ImageSize) throw new DiskImageException(path, $"impossible geometry: track size {device.TrackSize}, a 3390 track image is {CkdTrack.ImageSize} bytes", byteOffset: 12);
            if (device.DeviceType != CkdDeviceHeader.Type3390) throw new DiskImageException(path, $"device type 0x{device.DeviceType:X2} is not a 3390 (0x90)", byteOffset: 16);

            var header = CckdHeader.Read(headers.AsSpan(CckdHeader.Offset));
            if (header.Cylinders < 1 || header.Cylinders > Dasd3390Model.MaximumCylinders)
            {
                throw new DiskImageException(path, $"impossible geometry: {header.Cylinders} cylinders in the CCKD header (a 3390 has 1..{Dasd3390Model.MaximumCylinders})", byteOffset: CckdHeader.Offset + 40);
            }
            int tracks = header.Cylinders * Dasd3390Model.HeadsPerCylinder;
            int needed = (tracks + CckdHeader.TracksPerL2 - 1) / CckdHeader.TracksPerL2;
            if (header.L1Entries < needed)
            {
                throw new DiskImageException(path, $"impossible geometry: {header.L1Entries} L1 entries cannot address {tracks} tracks ({needed} needed)", byteOffset: CckdHeader.Offset + 4);
            }
            long l1End = CckdHeader.L1Offset + (4L * header.L1Entries);
            if (l1End > length)
            {
                throw new DiskImageException(path, $"L1 table of {header.L1Entries} entries runs past the end of the file ({length} bytes)", byteOffset: CckdHeader.L1Offset);
            }
            var l1Bytes = new byte[4 * needed];
            CkdImageTrackStore.ReadFully(handle, l1Bytes, CckdHeader.L1Offset);
            var l1 = new uint[needed];
            for (int i = 0; i < needed; i++) l1[i] = header.ReadUInt32(l1Bytes.AsSpan(4 * i));
            return new CckdImageTrackStore(path, handle, length, header, l1, cachedTracks);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public string Path { get; }

    public int Cylinders => Model.Cylinders;

    public int Heads => Dasd3390Model.HeadsPerCylinder;

    public Dasd3390Model Model { get; }

    public bool IsReadOnly => true;

    /// <summary>Null-track format the header names for tracks never written (cdh_nullfmt).</summary>
    public NullTrackFormat DefaultNullFormat => (NullTrackFormat)Math.Min((int)_header.NullFormat, 2);

    public CkdTrack ReadTrack(int cylinder, int head)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if ((uint)cylinder >= (uint)Cylinders) throw new ArgumentOutOfRangeException(nameof(cylinder), cylinder, $"the volume has cylinders 0..{Cylinders - 1}");
        if ((uint)head >= (uint)Heads) throw new ArgumentOutOfRangeException(nameof(head), head, $"the volume has heads 0..{Heads - 1}");
        int number = (cylinder * Heads) + head;
        if (_cache.TryGet(number, out var cached)) return cached;
        var track = Load(number, cylinder, head);
        _cache.Add(number, track);
        return track;
    }

    public void WriteTrack(CkdTrack track) =>
        throw new InvalidOperationException($"{Path} is a compressed CCKD image, which is read-only here (convert it with cckd2ckd to write)");

    public void Flush()
    {
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _cache.Clear();
        _handle.Dispose();
    }

    private CkdTrack Load(int number, int cylinder, int head)
    {
        uint l2Offset = _l1[number / CckdHeader.TracksPerL2];
        // L1 entry 0: no L2 table, every track of the group is a null track; 0xFFFFFFFF is a shadow-file
        // "look in the base file" mark, which a stand-alone file cannot honour (s390.md §8.3).
        if (l2Offset == 0) return NullTrack(cylinder, head, 0);
        long l1EntryOffset = CckdHeader.L1Offset + (4L * (number / CckdHeader.TracksPerL2));
        if (l2Offset == uint.MaxValue)
        {
            throw new DiskImageException(Path, "L1 entry 0xFFFFFFFF points to a base file: this is a shadow file, not a stand-alone image", cylinder, head, l1EntryOffset);
        }
        var l2 = L2Table(number / CckdHeader.TracksPerL2, l2Offset, cylinder, head, l1EntryOffset);
        var entry = l2.AsSpan((number % CckdHeader.TracksPerL2) * CckdHeader.L2EntrySize, CckdHeader.L2EntrySize);
        uint position = _header.ReadUInt32(entry);
        int length = _header.ReadUInt16(entry[4..]);
        long entryOffset = l2Offset + ((number % CckdHeader.TracksPerL2) * CckdHeader.L2EntrySize);
        if (position == 0) return NullTrack(cylinder, head, length);
        if (position + (long)length > _fileLength || length < CkdTrack.HomeAddressLength)
        {
            throw new DiskImageException(Path, $"L2 entry at {entryOffset} gives {length} bytes at file offset {position}, outside the {_fileLength}-byte file", cylinder, head, entryOffset);
        }
        var stored = new byte[length];
        CkdImageTrackStore.ReadFully(_handle, stored, position);
        var image = new byte[CkdTrack.ImageSize];
        int imageLength = CckdTrackDecoder.Decode(stored, image, Path, cylinder, head, position);
        try
        {
            return CkdTrack.Parse(image, imageLength, cylinder, head, Path, 0);
        }
        catch (DiskImageException e)
        {
            throw new DiskImageException(Path, $"{e.Problem} (at offset {e.ByteOffset} of the expanded track image stored at this file offset)", cylinder, head, position, e);
        }
    }

    /// <summary>
    /// A null track: format from the L2 length (0..2), else the header's; a format-0 entry in a file whose
    /// header says format 2 is read as format 2, as Hercules does for old Linux images (cckddasd.c cckd_null_trk).
    /// </summary>
    private CkdTrack NullTrack(int cylinder, int head, int entryFormat)
    {
        int format = entryFormat;
        if (format > 2) format = _header.NullFormat;
        else if (format == 0 && _header.NullFormat == 2) format = 2;
        return NullTracks.Build(cylinder, head, (NullTrackFormat)Math.Min(format, 2));
    }

    private byte[] L2Table(int index, uint offset, int cylinder, int head, long l1EntryOffset)
    {
        if (_l2.TryGetValue(index, out var table)) return table;
        const int size = CckdHeader.TracksPerL2 * CckdHeader.L2EntrySize;
        if (offset + (long)size > _fileLength)
        {
            throw new DiskImageException(Path, $"L1 entry points to an L2 table at {offset}, past the end of the {_fileLength}-byte file", cylinder, head, l1EntryOffset);
        }
        table = new byte[size];
        CkdImageTrackStore.ReadFully(_handle, table, offset);
        _l2[index] = table;
        return table;
    }
}
