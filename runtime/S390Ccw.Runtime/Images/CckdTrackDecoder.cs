using System;
using System.IO;
using System.IO.Compression;
using ICSharpCode.SharpZipLib.BZip2;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// Expands one stored CCKD track (s390.md §8.3): the 5-byte HA stays as it is, except that the low two
/// bits of its first byte name the compression (0 none, 1 zlib, 2 bzip2) of the bytes after it.
/// </summary>
internal static class CckdTrackDecoder
{
    public const byte CompressionMask = 0x03;

    /// <summary>Writes the track image into <paramref name="image"/> (56832 zero bytes) and returns its length.</summary>
    public static int Decode(byte[] stored, byte[] image, string path, int cylinder, int head, long fileOffset)
    {
        if (stored.Length < CkdTrack.HomeAddressLength)
        {
            throw new DiskImageException(path, $"stored track is {stored.Length} bytes, shorter than its 5-byte header", cylinder, head, fileOffset);
        }
        byte flags = stored[0];
        if ((flags & ~CompressionMask) != 0)
        {
            throw new DiskImageException(path, $"track header byte 0x{flags:X2} is not a compression code (0 none, 1 zlib, 2 bzip2)", cylinder, head, fileOffset);
        }
        stored.AsSpan(0, CkdTrack.HomeAddressLength).CopyTo(image);
        image[0] = 0;
        var body = new MemoryStream(stored, CkdTrack.HomeAddressLength, stored.Length - CkdTrack.HomeAddressLength, writable: false);
        try
        {
            switch (flags & CompressionMask)
            {
                case 0:
                    if (stored.Length > CkdTrack.ImageSize) throw TooLong(path, cylinder, head, fileOffset);
                    stored.AsSpan(CkdTrack.HomeAddressLength).CopyTo(image.AsSpan(CkdTrack.HomeAddressLength));
                    return stored.Length;
                case 1:
                    using (var zlib = new ZLibStream(body, CompressionMode.Decompress))
                    {
                        return CkdTrack.HomeAddressLength + Expand(zlib, image, path, cylinder, head, fileOffset);
                    }
                case 2:
                    using (var bzip2 = new BZip2InputStream(body))
                    {
                        return CkdTrack.HomeAddressLength + Expand(bzip2, image, path, cylinder, head, fileOffset);
                    }
                default:
                    throw new DiskImageException(path, "unsupported compression 3 in the track header (Hercules knows 0 none, 1 zlib, 2 bzip2)", cylinder, head, fileOffset);
            }
        }
        catch (Exception e) when (e is not DiskImageException and not OutOfMemoryException and not StackOverflowException)
        {
            // Damaged input may make a decoder fail in any way (SharpZipLib's bzip2 throws
            // IndexOutOfRangeException on some): whatever it throws, the track is what is damaged.
            // The exception's own message is left out: it may be a bare resource key.
            string method = (flags & CompressionMask) == 1 ? "zlib" : "bzip2";
            throw new DiskImageException(path, $"compressed track data is damaged ({method} decoder: {e.GetType().Name})", cylinder, head, fileOffset, e);
        }
    }

    private static int Expand(Stream source, byte[] image, string path, int cylinder, int head, long fileOffset)
    {
        int total = 0;
        var room = image.AsSpan(CkdTrack.HomeAddressLength);
        while (true)
        {
            if (total == room.Length)
            {
                if (source.ReadByte() >= 0) throw TooLong(path, cylinder, head, fileOffset);
                return total;
            }
            int n = source.Read(room[total..]);
            if (n == 0) return total;
            total += n;
        }
    }

    private static DiskImageException TooLong(string path, int cylinder, int head, long fileOffset) =>
        new(path, $"stored track expands to more than the {CkdTrack.ImageSize} bytes of a 3390 track image", cylinder, head, fileOffset);
}
