using System;
using System.IO;
using System.Linq;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

public sealed class CckdImageTrackStoreTests
{
    private static CkdTrack SampleTrack(int cylinder, int head)
    {
        var track = CkdTrack.Empty(cylinder, head);
        track.TryAppend(1, new byte[] { 0xC1, 0xC2 }, Enumerable.Range(0, 3000).Select(i => (byte)(i % 7)).ToArray());
        track.TryAppend(2, ReadOnlySpan<byte>.Empty, new byte[4096]);
        return track;
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(1, true)]
    public void StoredTrack_ReadsBackWithEveryRecord(int compression, bool bigEndian)
    {
        using var folder = new TempFolder();
        var path = folder.File("t.cckd");
        var expected = SampleTrack(1, 4);
        new CckdTestFile { BigEndian = bigEndian }.Track(19, expected, compression).Write(path);

        using var store = CckdImageTrackStore.Open(path);

        Assert.Equal(2, store.Cylinders);
        var track = store.ReadTrack(1, 4);
        Assert.Equal(expected.Records, track.Records);
        Assert.Equal(expected.Image.ToArray(), track.Image.ToArray());
    }

    [Theory]
    // An L2 entry of zeros: the length 0 names null format 0 (HA, R0, EOF record: 2 records) whatever the
    // header says, except that a header saying format 2 turns it into format 2 (R0 + 12 × 4096: 13 records)
    // (Hercules cckd.h and cckddasd.c (compressed CCKD); Hercules cckd_null_trk; dasdcopy -o CKD of a dasdinit -z file, header format 1, shows
    // format-0 tracks).
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 13)]
    public void TrackNeverWritten_IsANullTrack(byte headerNullFormat, int expectedRecords)
    {
        using var folder = new TempFolder();
        var path = folder.File("n.cckd");
        new CckdTestFile { NullFormat = headerNullFormat }.Track(0, SampleTrack(0, 0), 1).Write(path);

        using var store = CckdImageTrackStore.Open(path);
        var track = store.ReadTrack(1, 14);

        Assert.Equal(expectedRecords, track.Records.Count);
        Assert.All(track.Records, r => Assert.Equal((1, 14), (r.Cylinder, r.Head)));
    }

    [Fact]
    public void Store_IsReadOnly()
    {
        using var folder = new TempFolder();
        var path = folder.File("r.cckd");
        new CckdTestFile().Write(path);
        using var store = CckdImageTrackStore.Open(path);

        Assert.True(store.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => store.WriteTrack(store.ReadTrack(0, 0)));
    }

    [Fact]
    public void CkdImageOpen_ChoosesTheReaderByDeviceId()
    {
        using var folder = new TempFolder();
        new CckdTestFile().Write(folder.File("c.cckd"));
        CkdImageWriter.CreateEmpty(folder.File("p.dsk"), S390Ccw.Language.Devices.Dasd3390Model.Model1 with { Cylinders = 1 }, "P");

        using var compressed = CkdImage.Open(folder.File("c.cckd"));
        using var plain = CkdImage.Open(folder.File("p.dsk"));

        Assert.IsType<CckdImageTrackStore>(compressed);
        Assert.IsType<CkdImageTrackStore>(plain);
    }

    [Fact]
    public void CompressionCode3_IsUnsupportedCompression()
    {
        using var folder = new TempFolder();
        var path = folder.File("u.cckd");
        var stored = SampleTrack(0, 3).Image[..40].ToArray();
        stored[0] = 3;
        new CckdTestFile().Raw(3, stored).Write(path);
        using var store = CckdImageTrackStore.Open(path);

        var error = Assert.Throws<DiskImageException>(() => store.ReadTrack(0, 3));

        Assert.Contains("unsupported compression 3", error.Message);
        Assert.Equal((0, 3), (error.Cylinder, error.Head));
    }

    [Fact]
    public void DamagedZlibData_NamesTrackAndStoredOffset()
    {
        using var folder = new TempFolder();
        var path = folder.File("z.cckd");
        var stored = new byte[] { 1, 0, 0, 0, 2, 0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF };
        new CckdTestFile().Raw(2, stored).Write(path);
        using var store = CckdImageTrackStore.Open(path);

        var error = Assert.Throws<DiskImageException>(() => store.ReadTrack(0, 2));

        Assert.Contains("compressed track data is damaged (zlib", error.Message);
        Assert.Equal(1024 + 4 + 2048, error.ByteOffset); // the first stored track follows the L2 table
    }

    [Fact]
    public void ExpandedTrackWithoutEndMarker_IsReported()
    {
        using var folder = new TempFolder();
        var path = folder.File("e.cckd");
        new CckdTestFile().Raw(1, CkdTrack.Empty(0, 1).Image[..21].ToArray()).Write(path);
        using var store = CckdImageTrackStore.Open(path);

        var error = Assert.Throws<DiskImageException>(() => store.ReadTrack(0, 1));

        Assert.Contains("no end-of-track marker", error.Message);
        Assert.Contains("of the expanded track image", error.Message);
    }

    [Fact]
    public void L1TableTooShortForTheCylinders_IsImpossibleGeometry()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.cckd");
        new CckdTestFile { Cylinders = 18 }.Write(path); // 270 tracks need two L2 tables; the file has one

        var error = Assert.Throws<DiskImageException>(() => CckdImageTrackStore.Open(path));

        Assert.Contains("impossible geometry: 1 L1 entries cannot address 270 tracks", error.Message);
        Assert.Equal(516, error.ByteOffset);
    }

    [Fact]
    public void PlainImageOpenedAsCompressed_IsABadHeader()
    {
        using var folder = new TempFolder();
        CkdImageWriter.CreateEmpty(folder.File("p.dsk"), S390Ccw.Language.Devices.Dasd3390Model.Model1 with { Cylinders = 1 }, "P");
        var error = Assert.Throws<DiskImageException>(() => CckdImageTrackStore.Open(folder.File("p.dsk")));
        Assert.Contains("is not CKD_C370", error.Message);
    }
}
