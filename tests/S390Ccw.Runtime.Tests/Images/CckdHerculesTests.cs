using System;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Programs;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

/// <summary>Compressed images written by Hercules 3.13 (dasdinit -z / -bz2, dasdcopy -z / -bz2) read by us.</summary>
public sealed class CckdHerculesTests
{
    [HerculesFact("dasdinit", "dasdcopy")]
    public void DasdinitZlibVolume_ReadsAsHerculesItselfExpandsIt() => CompareWithHercules("-z");

    [HerculesFact("dasdinit", "dasdcopy")]
    public void DasdinitBzip2Volume_ReadsAsHerculesItselfExpandsIt() => CompareWithHercules("-bz2");

    [HerculesFact("dasdcopy")]
    public void VolumeCompressedByDasdcopyZlib_KeepsEveryRecord() => RoundTripThroughDasdcopy("-z");

    [HerculesFact("dasdcopy")]
    public void VolumeCompressedByDasdcopyBzip2_KeepsEveryRecord() => RoundTripThroughDasdcopy("-bz2");

    /// <summary>
    /// dasdinit writes the compressed volume; dasdcopy -o CKD expands it with Hercules' own CCKD code.
    /// Every track we read from the compressed file must equal the track in Hercules' expansion.
    /// </summary>
    private static void CompareWithHercules(string compression)
    {
        using var folder = new TempFolder();
        HerculesVerificationTests.Dasdinit(folder, compression, "c.cckd", "3390", "CMP001", "3");
        var (exit, output) = HerculesTool.Run("dasdcopy", new[] { "-q", "-o", "CKD", "c.cckd", "plain.dsk" }, folder.Path);
        Assert.True(exit == 0, output);

        using var compressed = CkdImage.Open(folder.File("c.cckd"));
        using var plain = CkdImageTrackStore.Open(folder.File("plain.dsk"), readOnly: true);
        Assert.IsType<CckdImageTrackStore>(compressed);
        Assert.Equal(plain.Cylinders, compressed.Cylinders);
        for (int c = 0; c < plain.Cylinders; c++)
        {
            for (int h = 0; h < 15; h++)
            {
                AssertSameTrack(plain.ReadTrack(c, h), compressed.ReadTrack(c, h));
            }
        }
        Assert.Equal(VolumeLabel.Track0("CMP001").Image.ToArray(), compressed.ReadTrack(0, 0).Image.ToArray());
    }

    /// <summary>Our plain image with varied records, compressed by dasdcopy, read back record for record.</summary>
    private static void RoundTripThroughDasdcopy(string compression)
    {
        using var folder = new TempFolder();
        var random = new Random(3390);
        var records = new System.Collections.Generic.List<VolumeRecord>();
        foreach (var (c, h) in new[] { (0, 0), (0, 1), (1, 7), (2, 14) })
        {
            for (int r = 1; r <= 6; r++)
            {
                var key = new byte[r % 2 == 0 ? 8 : 0];
                var data = new byte[random.Next(1, 6000)];
                random.NextBytes(key);
                // Half random, half repeated bytes, so the track really compresses.
                random.NextBytes(data.AsSpan(0, data.Length / 2));
                records.Add(new VolumeRecord(c, h, r, key, data));
            }
        }
        CkdImageWriter.CreateFromRecords(folder.File("ours.dsk"), Dasd3390Model.Model1 with { Cylinders = 3 }, records);
        var (exit, output) = HerculesTool.Run("dasdcopy", new[] { "-q", compression, "ours.dsk", "ours.cckd" }, folder.Path);
        Assert.True(exit == 0, output);

        using var plain = CkdImageTrackStore.Open(folder.File("ours.dsk"), readOnly: true);
        using var compressed = CckdImageTrackStore.Open(folder.File("ours.cckd"));
        foreach (var record in records)
        {
            var track = compressed.ReadTrack(record.Cylinder, record.Head);
            int index = track.IndexOfRecord((byte)record.Record);
            Assert.True(index > 0, $"record {record.Address} missing");
            Assert.Equal(record.Key, track.Key(index).ToArray());
            Assert.Equal(record.Data, track.Data(index).ToArray());
        }
        for (int c = 0; c < 3; c++)
        {
            for (int h = 0; h < 15; h++) AssertSameTrack(plain.ReadTrack(c, h), compressed.ReadTrack(c, h));
        }
    }

    private static void AssertSameTrack(CkdTrack expected, CkdTrack actual)
    {
        Assert.Equal(expected.Records, actual.Records);
        Assert.Equal(expected.Image[..expected.UsedImageLength].ToArray(), actual.Image[..actual.UsedImageLength].ToArray());
    }
}
