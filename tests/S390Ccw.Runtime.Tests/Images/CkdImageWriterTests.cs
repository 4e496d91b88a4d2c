using System;
using System.IO;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Programs;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

public sealed class CkdImageWriterTests
{
    private static readonly Dasd3390Model ThreeCylinders = Dasd3390Model.Model1 with { Cylinders = 3 };

    [Fact]
    public void CreateEmpty_WritesTheCkdP370Header()
    {
        using var folder = new TempFolder();
        var path = folder.File("v.dsk");

        CkdImageWriter.CreateEmpty(path, ThreeCylinders, "VOL001");

        // Hercules cckd.h CKD_DEVHDR: "CKD_P370", heads 15 (LE 0F000000), trksize 56832 = 0xDE00 (LE 00DE0000),
        // devtyp 0x90, fileseq 0 (only file), highcyl 0; the rest of the 512 bytes zero.
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Convert.FromHexString("434B445F50333730" + "0F000000" + "00DE0000" + "90" + "00" + "0000"), bytes[..20]);
        Assert.True(bytes[20..512].All(b => b == 0));
        Assert.Equal(512 + (3 * 15 * 56832), bytes.Length);
    }

    [Fact]
    public void CreateEmpty_Track0HoldsIpl1Ipl2Vol1AndOtherTracksAreNull()
    {
        using var folder = new TempFolder();
        var path = folder.File("v.dsk");
        CkdImageWriter.CreateEmpty(path, ThreeCylinders, "vol001");
        var bytes = File.ReadAllBytes(path);

        var track0 = CkdTrack.Parse(bytes[512..(512 + 56832)], 0, 0);
        Assert.Equal(new byte[] { 0, 1, 2, 3 }, track0.Records.Select(r => r.Record));
        // Hercules dasdblks.h, dasdutil.c; s390-tools zipl/src/install.c: keys 'IPL1' C9D7D3F1, 'IPL2', 'VOL1' E5D6D3F1 (KL 4), DL 24 / 144 / 80.
        Assert.Equal(new[] { (0, 8), (4, 24), (4, 144), (4, 80) }, track0.Records.Select(r => ((int)r.KeyLength, (int)r.DataLength)));
        Assert.Equal(Convert.FromHexString("E5D6D3F1"), track0.Key(3).ToArray());
        // VOL1 data: 'VOL1', serial 'VOL001' in EBCDIC, upper-cased (Hercules dasdblks.h and dasdutil.c build_vol1 (VOL1 label)).
        Assert.Equal(Convert.FromHexString("E5D6D3F1" + "E5D6D3F0F0F1"), track0.Data(3)[..10].ToArray());

        // Track (2,14), the last one: HA 00 0002 000E, R0, end marker (dasdinit's null format 1).
        long offset = 512 + ((2 * 15) + 14) * 56832L;
        Assert.Equal(
            Convert.FromHexString("000002000E" + "0002000E00000008" + "0000000000000000" + "FFFFFFFFFFFFFFFF"),
            bytes[(int)offset..(int)(offset + 29)]);
    }

    [Fact]
    public void CreateEmpty_RawVolume_HasNoLabel()
    {
        using var folder = new TempFolder();
        var path = folder.File("raw.dsk");
        CkdImageWriter.CreateEmpty(path, ThreeCylinders, volser: null);

        using var store = CkdImageTrackStore.Open(path, readOnly: true);
        Assert.Single(store.ReadTrack(0, 0).Records);
    }

    [Theory]
    [InlineData(NullTrackFormat.Format0, 2)]
    [InlineData(NullTrackFormat.Format1, 1)]
    [InlineData(NullTrackFormat.Format2, 13)]
    public void NullFormat_DecidesTheRecordsOfUnwrittenTracks(NullTrackFormat format, int records)
    {
        using var folder = new TempFolder();
        var path = folder.File("n.dsk");
        CkdImageWriter.CreateEmpty(path, ThreeCylinders, "N", new CkdImageOptions { NullFormat = format });

        using var store = CkdImageTrackStore.Open(path, readOnly: true);
        var track = store.ReadTrack(1, 3);
        Assert.Equal(records, track.Records.Count);
        Assert.All(track.Records, r => Assert.Equal((1, 3), (r.Cylinder, r.Head)));
    }

    [Fact]
    public void Sparse_ReadsBackByteForByteLikeDense()
    {
        using var folder = new TempFolder();
        CkdImageWriter.CreateEmpty(folder.File("dense.dsk"), ThreeCylinders, "SAME");
        CkdImageWriter.CreateEmpty(folder.File("sparse.dsk"), ThreeCylinders, "SAME", new CkdImageOptions { Sparse = true });

        Assert.Equal(File.ReadAllBytes(folder.File("dense.dsk")), File.ReadAllBytes(folder.File("sparse.dsk")));
    }

    [Fact]
    public void CreateFromRecords_PlacesEveryRecordOnItsTrack()
    {
        using var folder = new TempFolder();
        var path = folder.File("r.dsk");
        var records = new[]
        {
            new VolumeRecord(0, 0, 1, new byte[] { 0xC9, 0xD7, 0xD3, 0xF1 }, Enumerable.Range(0, 24).Select(i => (byte)i).ToArray()),
            new VolumeRecord(2, 7, 2, Array.Empty<byte>(), new byte[4096]),
            new VolumeRecord(2, 7, 1, Array.Empty<byte>(), Enumerable.Repeat((byte)0x5A, 100).ToArray()),
        };

        CkdImageWriter.CreateFromRecords(path, ThreeCylinders, records);

        using var store = CkdImageTrackStore.Open(path, readOnly: true);
        var t = store.ReadTrack(2, 7);
        Assert.Equal(new byte[] { 0, 1, 2 }, t.Records.Select(r => r.Record));
        Assert.Equal(records[2].Data, t.Data(1).ToArray());
        Assert.Equal(4096, t.Data(2).Length);
        Assert.Equal(records[0].Data, store.ReadTrack(0, 0).Data(1).ToArray());
        Assert.Single(store.ReadTrack(0, 1).Records);
    }

    [Fact]
    public void CreateFromRecords_RecordThatDoesNotFit_NamesFileAndTrackAndWritesNothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("r.dsk");
        // IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track: 12 records of 4096 bytes fill a 3390 track; the 13th does not fit.
        var records = Enumerable.Range(1, 13).Select(r => new VolumeRecord(1, 2, r, Array.Empty<byte>(), new byte[4096]));

        var error = Assert.Throws<DiskImageException>(() => CkdImageWriter.CreateFromRecords(path, ThreeCylinders, records));

        Assert.Equal((1, 2), (error.Cylinder, error.Head));
        Assert.Contains("r.dsk: track (cyl 1, head 2): record (1,2,13) (KL 0, DL 4096) does not fit", error.Message);
        Assert.Empty(folder.Files());
    }

    [Fact]
    public void CreateFromRecords_RecordOutsideTheVolume_IsRefused()
    {
        using var folder = new TempFolder();
        var records = new[] { new VolumeRecord(3, 0, 1, Array.Empty<byte>(), new byte[1]) };
        var error = Assert.Throws<DiskImageException>(() => CkdImageWriter.CreateFromRecords(folder.File("x.dsk"), ThreeCylinders, records));
        Assert.Contains("lies outside the volume", error.Message);
    }

    [Fact]
    public void FailureWhileWriting_LeavesTheOldImageUntouchedAndNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("keep.dsk");
        CkdImageWriter.CreateEmpty(path, ThreeCylinders, "OLD");
        var before = File.ReadAllBytes(path);

        // A track source that fails in the middle of cylinder 2, after two cylinders went to the temporary file.
        Assert.Throws<InvalidDataException>(() => CkdImageWriter.Write(path, 3, (c, h) => c == 2 && h == 5 ? throw new InvalidDataException("source failed") : null, CkdImageOptions.Default));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(new[] { path }, folder.Files());
    }

    [Fact]
    public void Write_ReplacesAnExistingImage()
    {
        using var folder = new TempFolder();
        var path = folder.File("v.dsk");
        CkdImageWriter.CreateEmpty(path, ThreeCylinders, "OLD");

        CkdImageWriter.CreateEmpty(path, ThreeCylinders, "NEW");

        using var store = CkdImageTrackStore.Open(path, readOnly: true);
        Assert.Equal(Convert.FromHexString("D5C5E6404040"), store.ReadTrack(0, 0).Data(3).Slice(4, 6).ToArray());
        Assert.Single(folder.Files());
    }

    [Fact]
    public void WriteStore_KeepsWrittenTracksAndNullsTheRest()
    {
        using var folder = new TempFolder();
        using var memory = new MemoryTrackStore(2);
        var track = memory.ReadTrack(1, 14);
        track.TryAppend(1, new byte[] { 1, 2 }, new byte[] { 3 });
        memory.WriteTrack(track);

        CkdImageWriter.Write(folder.File("m.dsk"), memory);

        using var store = CkdImageTrackStore.Open(folder.File("m.dsk"), readOnly: true);
        Assert.Equal(2, store.Cylinders);
        Assert.Equal(track.Image.ToArray(), store.ReadTrack(1, 14).Image.ToArray());
        Assert.Single(store.ReadTrack(0, 0).Records);
    }
}
