using System;
using System.IO;
using ICSharpCode.SharpZipLib.BZip2;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

/// <summary>
/// Damaged compressed tracks: whatever the zlib or bzip2 decoder throws on them (SharpZipLib's bzip2
/// can throw IndexOutOfRangeException), the reader reports the image as damaged at that track.
/// </summary>
public sealed class CckdTrackDecoderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void MutatedCompressedTrack_IsAlwaysDiskImageException(int compression)
    {
        var stored = Stored(compression);
        const int seed = 15;
        var random = new Random(seed);
        var image = new byte[CkdTrack.ImageSize];
        int damaged = 0;
        for (int round = 0; round < 1500; round++)
        {
            var mutated = (byte[])stored.Clone();
            int flips = 1 + random.Next(4);
            for (int i = 0; i < flips; i++) mutated[5 + random.Next(mutated.Length - 5)] = (byte)random.Next(256);
            try
            {
                CckdTrackDecoder.Decode(mutated, image, "t.cckd", 0, 1, 4096);
            }
            catch (DiskImageException e)
            {
                Assert.Equal(0, e.Cylinder);
                Assert.Equal(1, e.Head);
                damaged++;
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, round {round}: {e.GetType().Name} escaped the decoder");
            }
        }
        Assert.True(damaged > 100, $"only {damaged} of 1500 mutations were detected: the test no longer damages the data");
    }

    /// <summary>A stored track (5-byte HA, then the compressed rest of a track with R0 and one record).</summary>
    private static byte[] Stored(int compression)
    {
        var body = new byte[2000];
        for (int i = 0; i < body.Length; i++) body[i] = (byte)(i * 7);
        var packed = new MemoryStream();
        if (compression == 1)
        {
            using var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true);
            zlib.Write(body);
        }
        else
        {
            using var bzip2 = new BZip2OutputStream(packed) { IsStreamOwner = false };
            bzip2.Write(body);
        }
        var stored = new byte[5 + packed.Length];
        stored[0] = (byte)compression;
        packed.ToArray().CopyTo(stored, 5);
        return stored;
    }
}
