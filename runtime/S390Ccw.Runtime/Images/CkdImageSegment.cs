using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Win32.SafeHandles;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>One open file of an uncompressed volume and the tracks it holds.</summary>
internal sealed class CkdImageSegment
{
    private CkdImageSegment(string path, SafeFileHandle handle, int firstTrack, int trackCount)
    {
        Path = path;
        Handle = handle;
        FirstTrack = firstTrack;
        TrackCount = trackCount;
    }

    public string Path { get; }

    public SafeFileHandle Handle { get; }

    public int FirstTrack { get; }

    public int TrackCount { get; }

    /// <summary>File offset of a track of this file: 512 + (t - first) × 56832 (s390.md §8.2).</summary>
    public long OffsetOf(int trackNumber) => CkdDeviceHeader.Size + ((long)(trackNumber - FirstTrack) * CkdTrack.ImageSize);

    /// <summary>Opens the first file and follows the file sequence to the last one, checking every header.</summary>
    public static CkdImageSegment[] OpenVolume(string firstPath, bool readOnly)
    {
        var segments = new List<CkdImageSegment>();
        try
        {
            int firstTrack = 0;
            for (int fileNumber = 1; ; fileNumber++)
            {
                if (fileNumber > 1 && CkdImageFileNames.SuffixIndex(firstPath) < 0)
                {
                    throw new DiskImageException(firstPath, "its header says the volume continues in another file, but the file name has no character before its first '.' to number the files by", byteOffset: 18);
                }
                string path = CkdImageFileNames.ForOpen(firstPath, fileNumber);
                if (fileNumber > 1 && !File.Exists(path))
                {
                    string problem = $"the volume continues in file {fileNumber}, '{path}', which does not exist (file {fileNumber - 1} has a non-zero high cylinder)";
                    throw new DiskImageException(CkdImageFileNames.ForOpen(firstPath, fileNumber - 1), problem);
                }
                var handle = ImageFileAccess.Open(path, readOnly ? FileAccess.Read : FileAccess.ReadWrite);
                var header = ReadHeader(path, handle, out long length);
                segments.Add(new CkdImageSegment(path, handle, firstTrack, 0));
                int tracks = CheckSize(path, length, firstTrack);
                segments[^1] = new CkdImageSegment(path, handle, firstTrack, tracks);
                CheckSequence(path, header, fileNumber, firstTrack + tracks);
                firstTrack += tracks;
                if (firstTrack / Dasd3390Model.HeadsPerCylinder > Dasd3390Model.MaximumCylinders)
                {
                    throw new DiskImageException(path, $"impossible geometry: {firstTrack / Dasd3390Model.HeadsPerCylinder} cylinders, a 3390 has at most {Dasd3390Model.MaximumCylinders}");
                }
                if (header.FileSequence == 0 || header.HighCylinder == 0) break;
                if (fileNumber == CkdImageFileNames.MaximumFiles)
                {
                    throw new DiskImageException(path, $"high cylinder {header.HighCylinder} says the volume goes on, but {CkdImageFileNames.MaximumFiles} files is Hercules' limit", byteOffset: 18);
                }
            }
            return segments.ToArray();
        }
        catch
        {
            foreach (var s in segments) s.Handle.Dispose();
            throw;
        }
    }

    private static CkdDeviceHeader ReadHeader(string path, SafeFileHandle handle, out long length)
    {
        length = RandomAccess.GetLength(handle);
        if (length < CkdDeviceHeader.Size)
        {
            handle.Dispose();
            throw new DiskImageException(path, $"file is {length} bytes, shorter than the 512-byte CKD device header", byteOffset: length);
        }
        var bytes = new byte[CkdDeviceHeader.Size];
        CkdImageTrackStore.ReadFully(handle, bytes, 0);
        var header = CkdDeviceHeader.Read(bytes);
        string? problem = null;
        long offset = 0;
        if (header.DeviceId == CkdDeviceHeader.CompressedId)
        {
            problem = "this is a compressed CCKD image (CKD_C370); open it with CckdImageTrackStore or CkdImage.Open";
        }
        else if (header.DeviceId != CkdDeviceHeader.PlainId)
        {
            problem = $"bad header: device id '{header.DeviceId}' is not {CkdDeviceHeader.PlainId} (not an uncompressed Hercules CKD image)";
        }
        else if (header.Heads != Dasd3390Model.HeadsPerCylinder)
        {
            (problem, offset) = ($"impossible geometry: {header.Heads} heads per cylinder, a 3390 has {Dasd3390Model.HeadsPerCylinder}", 8);
        }
        else if (header.TrackSize != CkdTrack.ImageSize)
        {
            (problem, offset) = ($"impossible geometry: track size {header.TrackSize}, a 3390 track image is {CkdTrack.ImageSize} bytes", 12);
        }
        else if (header.DeviceType != CkdDeviceHeader.Type3390)
        {
            (problem, offset) = ($"device type 0x{header.DeviceType:X2} is not a 3390 (0x90)", 16);
        }
        if (problem is not null)
        {
            handle.Dispose();
            throw new DiskImageException(path, problem, byteOffset: offset);
        }
        return header;
    }

    /// <summary>Tracks in the file; the size must be the header plus whole cylinders of whole tracks.</summary>
    private static int CheckSize(string path, long length, int firstTrack)
    {
        long body = length - CkdDeviceHeader.Size;
        long tracks = body / CkdTrack.ImageSize;
        long partial = body % CkdTrack.ImageSize;
        const int heads = Dasd3390Model.HeadsPerCylinder;
        if (partial != 0)
        {
            int t = firstTrack + (int)tracks;
            throw new DiskImageException(path, $"track image is truncated: the file ends {partial} bytes into it (file size {length} is not 512 + whole {CkdTrack.ImageSize}-byte tracks)", t / heads, t % heads, CkdDeviceHeader.Size + (tracks * CkdTrack.ImageSize));
        }
        if (tracks % heads != 0)
        {
            int t = firstTrack + (int)(tracks - (tracks % heads));
            throw new DiskImageException(path, $"file holds {tracks} tracks, not a whole number of {heads}-track cylinders: the last cylinder is incomplete", t / heads, t % heads, CkdDeviceHeader.Size + ((tracks - (tracks % heads)) * CkdTrack.ImageSize));
        }
        if (tracks == 0) throw new DiskImageException(path, "impossible geometry: the file holds no cylinders", byteOffset: length);
        return (int)tracks;
    }

    private static void CheckSequence(string path, CkdDeviceHeader header, int fileNumber, int tracksSoFar)
    {
        int lastCylinder = (tracksSoFar / Dasd3390Model.HeadsPerCylinder) - 1;
        if (fileNumber == 1 && header.FileSequence > 1)
        {
            throw new DiskImageException(path, $"file sequence {header.FileSequence}: this is not the first file of its volume", byteOffset: 17);
        }
        if (fileNumber > 1 && header.FileSequence != fileNumber)
        {
            throw new DiskImageException(path, $"file sequence {header.FileSequence} where file {fileNumber} of the volume was expected", byteOffset: 17);
        }
        if (header.FileSequence != 0 && header.HighCylinder != 0 && header.HighCylinder != lastCylinder)
        {
            throw new DiskImageException(path, $"impossible geometry: high cylinder {header.HighCylinder} in the header, but the files so far end at cylinder {lastCylinder}", byteOffset: 18);
        }
    }
}
