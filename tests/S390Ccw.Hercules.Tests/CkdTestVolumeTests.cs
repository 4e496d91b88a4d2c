using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.IO;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>The test-only image crafter against Hercules cckd.h (CKD image format) and against dasdinit's own output.</summary>
public sealed class CkdTestVolumeTests
{
    private const int Track0 = CkdTestVolume.HeaderSize;

    [Fact]
    public void Header_IsCkdP370With15HeadsTrackSize56832AndType3390()
    {
        byte[] image = CkdTestVolume.Build(IplTestVolumes.TwoStage());

        Assert.Equal("CKD_P370"u8.ToArray(), image[..8]);
        Assert.Equal(15u, BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(8)));
        Assert.Equal(56832u, BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(12)));
        Assert.Equal(0x90, image[16]);
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(18)));
        // One cylinder: header + 15 track images (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)).
        Assert.Equal(512 + 15 * 56832, image.Length);
    }

    [Fact]
    public void Track0_HoldsHaR0RecordsAndEndMarkerInOrder()
    {
        byte[] image = CkdTestVolume.Build(new[]
        {
            new CkdTestRecord(1, IplTestVolumes.Ipl1Key, new byte[24]),
            CkdTestRecord.Keyless(2, Bytes.Of("06003000 00000010")),
        });

        // HA: flag 0, CC 0000, HH 0000; R0 count CCHH 00 00 0008 + 8 zeros.
        Assert.Equal(Bytes.Of("00 0000 0000  0000 0000 00 00 0008  00000000 00000000"), image[Track0..(Track0 + 21)]);
        // R1: count 0000 0000 01 04 0018, key 'IPL1', 24 data bytes.
        Assert.Equal(Bytes.Of("0000 0000 01 04 0018 C9D7D3F1"), image[(Track0 + 21)..(Track0 + 33)]);
        // R2 at 21 + 8 + 4 + 24 = 57: count 0000 0000 02 00 0008, then its data, then 8 x FF.
        Assert.Equal(Bytes.Of("0000 0000 02 00 0008 06003000 00000010 FFFFFFFF FFFFFFFF"), image[(Track0 + 57)..(Track0 + 81)]);
    }

    [Fact]
    public void OtherTracks_HaveTheirHeadInHaAndR0()
    {
        byte[] image = CkdTestVolume.Build(Array.Empty<CkdTestRecord>());
        int track14 = Track0 + 14 * CkdTestVolume.TrackSize;

        Assert.Equal(Bytes.Of("00 0000 000E  0000 000E 00 00 0008  00000000 00000000  FFFFFFFF FFFFFFFF"), image[track14..(track14 + 29)]);
    }

    [Fact]
    public void RecordLargerThanTrack_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => CkdTestVolume.Build(new[] { CkdTestRecord.Keyless(1, new byte[60000]) }));
    }

    [HerculesFact(RequiresDasdinit = true)]
    public void EmptyTracks_MatchWhatDasdinitWrites()
    {
        using var directory = new TestDirectory();
        string dasdinitImage = directory.File("dasdinit.3390");
        var start = new ProcessStartInfo(HerculesTools.Dasdinit!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { dasdinitImage, "3390", "TEST01", "1" })
            start.ArgumentList.Add(argument);
        using (Process process = Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(10_000));
            Assert.Equal(0, process.ExitCode);
        }
        byte[] theirs = File.ReadAllBytes(dasdinitImage);
        byte[] ours = CkdTestVolume.Build(Array.Empty<CkdTestRecord>());

        Assert.Equal(theirs.Length, ours.Length);
        // Header up to the serial (bytes 20-31 are a serial dasdinit may fill in).
        Assert.Equal(theirs[..20], ours[..20]);
        // Heads 1-14 are empty on both: byte for byte the same.
        Assert.Equal(theirs[(Track0 + CkdTestVolume.TrackSize)..], ours[(Track0 + CkdTestVolume.TrackSize)..]);
    }
}
