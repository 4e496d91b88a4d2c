using System;
using System.IO;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

public sealed class CkdImageTrackStoreTests
{
    private static readonly Dasd3390Model FiveCylinders = Dasd3390Model.Model1 with { Cylinders = 5 };

    [Fact]
    public void Open_ReportsGeometryFromTheFileSize()
    {
        using var folder = new TempFolder();
        CkdImageWriter.CreateEmpty(folder.File("v.dsk"), FiveCylinders, "V");

        using var store = CkdImageTrackStore.Open(folder.File("v.dsk"));

        Assert.Equal(5, store.Cylinders);
        Assert.Equal(15, store.Heads);
        Assert.Equal(new[] { folder.File("v.dsk") }, store.Files);
    }

    [Fact]
    public void WrittenTrack_IsInTheFileAtItsOffsetAndSurvivesReopening()
    {
        using var folder = new TempFolder();
        var path = folder.File("v.dsk");
        CkdImageWriter.CreateEmpty(path, FiveCylinders, "V");

        using (var store = CkdImageTrackStore.Open(path))
        {
            var track = store.ReadTrack(3, 9);
            Assert.True(track.TryAppend(1, new byte[] { 7 }, Enumerable.Repeat((byte)0xA5, 300).ToArray()));
            store.WriteTrack(track);
            Assert.False(track.Dirty);
        }

        // Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images): track t = 3*15+9 = 54 starts at 512 + 54*56832; R1's count follows HA+R0 at +21.
        var bytes = File.ReadAllBytes(path);
        long r1 = 512 + (54 * 56832L) + 21;
        Assert.Equal(Convert.FromHexString("0003000901010" + "12C"), bytes[(int)r1..(int)(r1 + 8)]);
        using var reopened = CkdImageTrackStore.Open(path, readOnly: true);
        var again = reopened.ReadTrack(3, 9);
        Assert.Equal(Enumerable.Repeat((byte)0xA5, 300), again.Data(1).ToArray());
    }

    [Fact]
    public void DirtyTrackPushedOutOfTheCache_IsWrittenBack()
    {
        using var folder = new TempFolder();
        var path = folder.File("v.dsk");
        CkdImageWriter.CreateEmpty(path, FiveCylinders, "V");

        using (var store = CkdImageTrackStore.Open(path, cachedTracks: 2))
        {
            store.ReadTrack(1, 1).TryAppend(1, ReadOnlySpan<byte>.Empty, new byte[] { 0x42 });
            store.ReadTrack(1, 2);
            store.ReadTrack(1, 3); // evicts (1,1), which is dirty
            using var other = CkdImageTrackStore.Open(path, readOnly: true);
            Assert.Equal(0x42, other.ReadTrack(1, 1).Data(1)[0]);
        }
    }

    [Fact]
    public void DirtyCachedTrack_IsWrittenOnDispose()
    {
        using var folder = new TempFolder();
        var path = folder.File("v.dsk");
        CkdImageWriter.CreateEmpty(path, FiveCylinders, "V");

        using (var store = CkdImageTrackStore.Open(path))
        {
            store.ReadTrack(4, 14).DataForWrite(0)[0] = 0x99;
        }

        using var reopened = CkdImageTrackStore.Open(path, readOnly: true);
        Assert.Equal(0x99, reopened.ReadTrack(4, 14).Data(0)[0]);
    }

    [Fact]
    public void ReadTrack_ReturnsTheCachedInstance()
    {
        using var folder = new TempFolder();
        CkdImageWriter.CreateEmpty(folder.File("v.dsk"), FiveCylinders, "V");
        using var store = CkdImageTrackStore.Open(folder.File("v.dsk"), readOnly: true);

        Assert.Same(store.ReadTrack(2, 2), store.ReadTrack(2, 2));
    }

    [Fact]
    public void ReadOnlyStore_RefusesWritesAndLeavesTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("v.dsk");
        CkdImageWriter.CreateEmpty(path, FiveCylinders, "V");
        var before = File.ReadAllBytes(path);

        using (var store = CkdImageTrackStore.Open(path, readOnly: true))
        {
            var track = store.ReadTrack(0, 1);
            track.DataForWrite(0)[0] = 1;
            Assert.True(store.IsReadOnly);
            Assert.Throws<InvalidOperationException>(() => store.WriteTrack(track));
        }

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(0, 15)]
    [InlineData(-1, 0)]
    public void AddressOutsideTheVolume_Throws(int cylinder, int head)
    {
        using var folder = new TempFolder();
        CkdImageWriter.CreateEmpty(folder.File("v.dsk"), FiveCylinders, "V");
        using var store = CkdImageTrackStore.Open(folder.File("v.dsk"), readOnly: true);

        Assert.Throws<ArgumentOutOfRangeException>(() => store.ReadTrack(cylinder, head));
    }

    [Fact]
    public void LargeVolume_OpensWithoutReadingItAndReadsItsLastTrack()
    {
        using var folder = new TempFolder();
        var path = folder.File("big.dsk");
        // A sparse 3390-9 (about 8.5 GB of address space, a few MB on disk): split into 4 files of at most 2519 cylinders.
        CkdImageWriter.CreateEmpty(path, Dasd3390Model.Model9, "BIG", new CkdImageOptions { Sparse = true });

        using var store = CkdImageTrackStore.Open(path, readOnly: true);

        Assert.Equal(10017, store.Cylinders);
        Assert.Equal(4, store.Files.Count);
        var last = store.ReadTrack(10016, 14);
        Assert.Equal(new CkdRecordInfo(10016, 14, 0, 0, 8, 5), Assert.Single(last.Records));
    }
}
