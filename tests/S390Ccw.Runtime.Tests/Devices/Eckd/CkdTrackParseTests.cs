using System;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;
using Xunit;
using Xunit.Abstractions;

namespace S390Ccw.Runtime.Tests.Devices.Eckd;

public sealed class CkdTrackParseTests
{
    private readonly ITestOutputHelper _output;

    public CkdTrackParseTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Parse_HandWrittenImage_IndexesEveryRecord()
    {
        // Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images): HA (00 0000 0001), R0 (count + 8 data), R1 keyless DL 2, R2 KL 1 DL 1, end marker.
        var image = Convert.FromHexString(
            "0000000001" + "0000000100000008" + "0000000000000000" +
            "0000000101000002" + "ABCD" +
            "0000000102010001" + "EE" + "FF" +
            "FFFFFFFFFFFFFFFF");

        var track = CkdTrack.Parse(image, 0, 1);

        Assert.Equal(
            new[]
            {
                new CkdRecordInfo(0, 1, 0, 0, 8, 5),
                new CkdRecordInfo(0, 1, 1, 0, 2, 21),
                new CkdRecordInfo(0, 1, 2, 1, 1, 31),
            },
            track.Records);
        Assert.Equal(new byte[] { 0xAB, 0xCD }, track.Data(1).ToArray());
        Assert.Equal(new byte[] { 0xEE }, track.Key(2).ToArray());
        Assert.Equal(new byte[] { 0xFF }, track.Data(2).ToArray());
        Assert.Equal(41, track.EndMarkerOffset);
        Assert.Equal(CkdTrack.ImageSize, track.Image.Length);
        Assert.Equal(TrackCapacity.RecordSpace(0, 2) + TrackCapacity.RecordSpace(1, 1), track.UsedCapacity);
        Assert.False(track.Dirty);
    }

    [Fact]
    public void Parse_FullSizeImage_IsAdoptedWithoutCopy()
    {
        var image = CkdTrack.Empty(0, 0).Image.ToArray();
        var track = CkdTrack.Parse(image, 0, 0);

        image[13] = 0x77; // R0 data byte 0

        Assert.Equal(0x77, track.Data(0)[0]);
    }

    [Fact]
    public void Parse_HomeAddressOfAnotherTrack_NamesTrackAndOffset()
    {
        var image = CkdTrack.Empty(0, 2).Image.ToArray();

        var error = Assert.Throws<DiskImageException>(() => CkdTrack.Parse(image, 0, 3, "vol.dsk", 512 + (3 * 56832)));

        Assert.Equal("vol.dsk", error.FileName);
        Assert.Equal((0, 3), (error.Cylinder!.Value, error.Head!.Value));
        Assert.Equal(512 + (3 * 56832), error.ByteOffset);
        Assert.Contains("vol.dsk: track (cyl 0, head 3), byte offset 171008 (0x29C00): home address 0000000002", error.Message);
    }

    [Fact]
    public void Parse_RecordRunningPastTheImage_NamesItsCountOffset()
    {
        var image = CkdTrack.Empty(0, 0).Image.ToArray();
        // An R1 count at offset 21 claiming DL = 0xFFF0: its data would end past the 56832-byte image.
        Convert.FromHexString("000000000100FFF0").CopyTo(image, 21);

        var error = Assert.Throws<DiskImageException>(() => CkdTrack.Parse(image, 0, 0, "v", 1000));

        Assert.Equal(1000 + 21, error.ByteOffset);
        Assert.Contains("runs past the end of the track image", error.Message);
    }

    [Fact]
    public void Parse_ImageWithoutEndMarker_IsReportedAsRunningPastTheEnd()
    {
        // HA + R0 and then nothing: the count field expected at offset 21 is missing.
        var image = CkdTrack.Empty(0, 0).Image[..21].ToArray();

        var error = Assert.Throws<DiskImageException>(() => CkdTrack.Parse(image, 0, 0, "v"));

        Assert.Equal(21, error.ByteOffset);
        Assert.Contains("no end-of-track marker", error.Message);
    }

    [Fact]
    public void Parse_TooShortForHomeAddressAndR0_IsTruncated()
    {
        var error = Assert.Throws<DiskImageException>(() => CkdTrack.Parse(new byte[10], 1, 1, "v", 0));
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Parse_NoRecordZero_IsRefused()
    {
        var image = Convert.FromHexString("0000000000" + "FFFFFFFFFFFFFFFF" + "0000000000000000");
        var error = Assert.Throws<DiskImageException>(() => CkdTrack.Parse(image, 0, 0, "v"));
        Assert.Contains("no R0", error.Message);
    }

    [Fact]
    public void Parse_ImageLargerThanA3390Track_IsRefused()
    {
        Assert.Throws<DiskImageException>(() => CkdTrack.Parse(new byte[CkdTrack.ImageSize + 1], 0, 0));
    }

    [Fact]
    public void RandomEdits_ParseBackToTheSameRecords()
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        try
        {
            for (int round = 0; round < 200; round++)
            {
                var track = CkdTrack.Empty(random.Next(0, 100), random.Next(0, 15));
                for (int step = 0; step < 20; step++)
                {
                    switch (random.Next(4))
                    {
                        case 0 when track.Records.Count > 1:
                            track.TruncateAfter(random.Next(track.Records.Count));
                            break;
                        case 1 when track.Records.Count > 1:
                            random.NextBytes(track.DataForWrite(random.Next(1, track.Records.Count)));
                            break;
                        default:
                            var key = new byte[random.Next(2) == 0 ? 0 : random.Next(1, 256)];
                            var data = new byte[random.Next(0, 6000)];
                            random.NextBytes(key);
                            random.NextBytes(data);
                            bool fits = TrackCapacity.Fits(track.UsedCapacity, key.Length, data.Length);
                            Assert.Equal(fits, track.TryAppend((byte)track.Records.Count, key, data));
                            break;
                    }
                    var parsed = CkdTrack.Parse(track.Image.ToArray(), track.Cylinder, track.Head);
                    Assert.Equal(track.Records, parsed.Records);
                    Assert.Equal(track.UsedCapacity, parsed.UsedCapacity);
                    Assert.True(track.UsedCapacity <= TrackCapacity.TrackLength);
                    Assert.True(track.Image[(track.EndMarkerOffset + 8)..].ToArray().All(b => b == 0), "padding after the end marker is zero");
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"failed with seed {seed}: {e.Message}");
        }
    }
}
