using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Programs;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

/// <summary>Our images against Hercules 3.13's own tools: dasdinit, dasdls and the emulator.</summary>
public sealed class HerculesVerificationTests
{
    private static readonly Dasd3390Model ThreeCylinders = Dasd3390Model.Model1 with { Cylinders = 3 };

    [HerculesFact("dasdinit")]
    public void EmptyVolume_IsByteForByteWhatDasdinitWrites()
    {
        using var folder = new TempFolder();
        Dasdinit(folder, "theirs.dsk", "3390", "VOL001", "3");
        CkdImageWriter.CreateEmpty(folder.File("ours.dsk"), ThreeCylinders, "VOL001");

        AssertSameImage(folder.File("theirs.dsk"), folder.File("ours.dsk"));
    }

    [HerculesFact("dasdinit")]
    public void RawVolume_IsByteForByteWhatDasdinitDashRWrites()
    {
        using var folder = new TempFolder();
        Dasdinit(folder, "-r", "theirs.dsk", "3390", "2");
        CkdImageWriter.CreateEmpty(folder.File("ours.dsk"), ThreeCylinders with { Cylinders = 2 }, volser: null);

        AssertSameImage(folder.File("theirs.dsk"), folder.File("ours.dsk"));
    }

    [HerculesFact("dasdinit")]
    public void DasdinitVolume_ReadsBackWithEveryRecord()
    {
        using var folder = new TempFolder();
        Dasdinit(folder, "theirs.dsk", "3390", "ABC123", "4");

        using var store = CkdImageTrackStore.Open(folder.File("theirs.dsk"), readOnly: true);

        Assert.Equal(4, store.Cylinders);
        var track0 = store.ReadTrack(0, 0);
        Assert.Equal(VolumeLabel.Track0("ABC123").Image.ToArray(), track0.Image.ToArray());
        for (int c = 0; c < 4; c++)
        {
            for (int h = c == 0 ? 1 : 0; h < 15; h++)
            {
                var r0 = Assert.Single(store.ReadTrack(c, h).Records);
                Assert.Equal((c, h, 0, 8), (r0.Cylinder, r0.Head, (int)r0.Record, (int)r0.DataLength));
            }
        }
    }

    [HerculesFact("dasdls")]
    public void VolumeWithAVtoc_IsListedByDasdls()
    {
        using var folder = new TempFolder();
        var path = folder.File("vtoc.dsk");
        CkdImageWriter.CreateFromRecords(path, ThreeCylinders, LabelledVolume("TEST01", "S390CCW.TEST.DATA"));

        var (exit, output) = HerculesTool.Run("dasdls", new[] { path }, folder.Path);

        Assert.True(exit == 0, output);
        Assert.Contains($"{path}: VOLSER=TEST01", output);
        Assert.Contains("S390CCW.TEST.DATA", output);
    }

    [HerculesFact("dasdls", "hercules")]
    public void MultiFile3390Model3_IsOpenedByDasdlsAndHercules()
    {
        using var folder = new TempFolder();
        var files = CkdImageWriter.CreateFromRecords(folder.File("big.dsk"), Dasd3390Model.Model3, LabelledVolume("BIG003", "MULTI.FILE"), new CkdImageOptions { Sparse = true });

        // What dasdinit 3.13 wrote for `dasdinit big.dsk 3390-3`: big_1.dsk of 2519 cylinders (seq 1, high
        // cylinder 2518 = 0x09D6) and big_2.dsk of 820 (seq 2, high cylinder 0).
        Assert.Equal(new[] { folder.File("big_1.dsk"), folder.File("big_2.dsk") }, files);
        Assert.Equal(2147397632, new FileInfo(files[0]).Length);
        Assert.Equal(699034112, new FileInfo(files[1]).Length);
        Assert.Equal(Convert.FromHexString("9001D609"), File.ReadAllBytes(files[0]).AsSpan(16, 4).ToArray());

        var (exit, output) = HerculesTool.Run("dasdls", new[] { files[0] }, folder.Path);
        Assert.True(exit == 0, output);
        Assert.Contains("VOLSER=BIG003", output);
        Assert.Contains("MULTI.FILE", output);

        var log = RunHercules(folder, files[0]);
        Assert.Contains($"{files[0]} cyls=3339 heads=15 tracks=50085 trklen=56832", log);
    }

    [HerculesFact("hercules")]
    public void OurVolume_IsAttachedByHercules()
    {
        using var folder = new TempFolder();
        var path = folder.File("ours.dsk");
        CkdImageWriter.CreateEmpty(path, ThreeCylinders, "HERC01");

        var log = RunHercules(folder, path);

        // HHCDA020I is Hercules' "image opened" message with the geometry it derived from our header and size.
        Assert.Contains($"HHCDA020I {path} cyls=3 heads=15 tracks=45 trklen=56832", log);
        Assert.Contains($"0120 3390 {path} [3 cyls] open", log);
        Assert.DoesNotContain("HHCDA002E", log);
    }

    /// <summary>
    /// Track 0 as dasdinit writes it (VOL1 points at the VTOC on cylinder 0 head 1 record 1), then on
    /// track 1 a format-4 DSCB and a format-1 DSCB. DSCB layout (IBM DFSMS "Using Data Sets", VTOC): 44-byte
    /// key, 96 data bytes; the F4 key is 44 × 0x04, its data starts with 0xF4 and holds the VTOC extent
    /// (type 01, CCHH begin 0000 0001, end 0000 0001) at data offset 61, where dasdls reads it (ds4vtoce);
    /// the F1 key is the data set name in EBCDIC padded with blanks, its data starts with 0xF1.
    /// </summary>
    internal static IEnumerable<VolumeRecord> LabelledVolume(string volser, string dataSetName)
    {
        var track0 = VolumeLabel.Track0(volser);
        for (int i = 1; i < track0.Records.Count; i++)
        {
            yield return new VolumeRecord(0, 0, i, track0.Key(i).ToArray(), track0.Data(i).ToArray());
        }
        var f4Data = new byte[96];
        f4Data[0] = 0xF4;
        Convert.FromHexString("01000000000100000001").CopyTo(f4Data, 61);
        yield return new VolumeRecord(0, 1, 1, Enumerable.Repeat((byte)0x04, 44).ToArray(), f4Data);
        var f1Key = Enumerable.Repeat((byte)0x40, 44).ToArray();
        Ebcdic.Encode(dataSetName).CopyTo(f1Key, 0);
        var f1Data = new byte[96];
        f1Data[0] = 0xF1;
        yield return new VolumeRecord(0, 1, 2, f1Key, f1Data);
    }

    internal static void Dasdinit(TempFolder folder, params string[] arguments)
    {
        var (exit, output) = HerculesTool.Run("dasdinit", arguments, folder.Path);
        Assert.True(exit == 0, output);
    }

    private static string RunHercules(TempFolder folder, string image)
    {
        var config = folder.File("h.cnf");
        File.WriteAllText(config, $"CPUSERIAL 000001\nCPUMODEL 3090\nMAINSIZE 2\nNUMCPU 1\nARCHMODE ESA/390\n0120 3390 {image}\n");
        var script = folder.File("h.rc");
        File.WriteAllText(script, "devlist\nquit\n");
        var (_, log) = HerculesTool.Run("hercules", new[] { "-d", "-f", config }, folder.Path, new Dictionary<string, string> { ["HERCULES_RC"] = script }, timeoutSeconds: 60);
        return log;
    }

    /// <summary>Equal bytes except the header serial (dh_serial, bytes 20..31, Hercules cckd.h CKD_DEVHDR), which later Hercules versions fill in.</summary>
    private static void AssertSameImage(string theirs, string ours)
    {
        var a = File.ReadAllBytes(theirs);
        var b = File.ReadAllBytes(ours);
        Assert.Equal(a.Length, b.Length);
        a.AsSpan(20, 12).Clear();
        b.AsSpan(20, 12).Clear();
        int first = a.AsSpan().CommonPrefixLength(b);
        Assert.True(first == a.Length, $"images differ first at byte {first}");
    }
}
