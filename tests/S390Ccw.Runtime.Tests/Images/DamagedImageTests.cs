using System;
using System.Buffers.Binary;
using System.IO;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Images;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

/// <summary>Each kind of damage gives a <see cref="DiskImageException"/> naming file, track and byte offset.</summary>
public sealed class DamagedImageTests : IDisposable
{
    private const int TrackSize = 56832;
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public DamagedImageTests()
    {
        _path = _folder.File("d.dsk");
        CkdImageWriter.CreateEmpty(_path, Dasd3390Model.Model1 with { Cylinders = 2 }, "DMG");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void BadDeviceId_IsABadHeader()
    {
        Patch(0, "FBA_P370"u8);

        var error = Open();

        Assert.Equal(0, error.ByteOffset);
        Assert.Contains("d.dsk, byte offset 0 (0x0): bad header: device id 'FBA_P370'", error.Message);
    }

    [Fact]
    public void CompressedDeviceId_PointsToTheCompressedReader()
    {
        Patch(0, "CKD_C370"u8);
        Assert.Contains("compressed CCKD", Open().Message);
    }

    [Fact]
    public void HeadsOtherThan15_IsImpossibleGeometry()
    {
        PatchUInt32(8, 16);

        var error = Open();

        Assert.Equal(8, error.ByteOffset);
        Assert.Contains("impossible geometry: 16 heads", error.Message);
    }

    [Fact]
    public void TrackSizeOtherThan56832_IsImpossibleGeometry()
    {
        PatchUInt32(12, 47616); // a 3380 track image (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images))
        var error = Open();
        Assert.Equal(12, error.ByteOffset);
        Assert.Contains("track size 47616", error.Message);
    }

    [Fact]
    public void DeviceTypeOtherThan3390_IsRefused()
    {
        Patch(16, new byte[] { 0x80 }); // 3380 (Hercules cckd.h CKD_DEVHDR)
        Assert.Contains("device type 0x80 is not a 3390", Open().Message);
    }

    [Fact]
    public void FileShorterThanTheHeader_IsRefused()
    {
        File.WriteAllBytes(_path, new byte[100]);
        Assert.Contains("shorter than the 512-byte CKD device header", Open().Message);
    }

    [Fact]
    public void FileEndingInsideATrack_NamesThatTrackAndWhereItStarts()
    {
        // Cut 1000 bytes off: track 29 (cyl 1, head 14) is then 56832 - 1000 bytes long.
        using (var stream = new FileStream(_path, FileMode.Open)) stream.SetLength(stream.Length - 1000);

        var error = Open();

        Assert.Equal((1, 14), (error.Cylinder, error.Head));
        Assert.Equal(512 + (29L * TrackSize), error.ByteOffset);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void FileOfWholeTracksButNotWholeCylinders_NamesTheIncompleteCylinder()
    {
        using (var stream = new FileStream(_path, FileMode.Open)) stream.SetLength(stream.Length - TrackSize);

        var error = Open();

        Assert.Equal((1, 0), (error.Cylinder, error.Head));
        Assert.Equal(512 + (15L * TrackSize), error.ByteOffset);
        Assert.Contains("not a whole number of 15-track cylinders", error.Message);
    }

    [Fact]
    public void CountFieldPastTheTrackEnd_IsReportedWhenTheTrackIsRead()
    {
        // Track (1,2) = 17: an R1 count at track offset 21 whose DL 0xFFFF runs far past the 56832-byte image.
        long r1 = 512 + (17L * TrackSize) + 21;
        Patch(r1, Convert.FromHexString("000100020100FFFF"));

        using var store = CkdImageTrackStore.Open(_path, readOnly: true);
        var error = Assert.Throws<DiskImageException>(() => store.ReadTrack(1, 2));

        Assert.Equal(_path, error.FileName);
        Assert.Equal((1, 2), (error.Cylinder, error.Head));
        Assert.Equal(r1, error.ByteOffset);
        Assert.Contains("runs past the end of the track image", error.Message);
    }

    [Fact]
    public void HomeAddressOfAnotherTrack_IsReportedWhenTheTrackIsRead()
    {
        long ha = 512 + (5L * TrackSize);
        Patch(ha, Convert.FromHexString("0000000006"));

        using var store = CkdImageTrackStore.Open(_path, readOnly: true);
        var error = Assert.Throws<DiskImageException>(() => store.ReadTrack(0, 5));

        Assert.Equal(ha, error.ByteOffset);
        Assert.Contains("home address 0000000006 does not name this track", error.Message);
    }

    [Fact]
    public void MissingContinuationFile_IsNamed()
    {
        // Claim this is file 1 of a volume whose cylinder 1 is the last one here: file 2 must then exist.
        Patch(17, new byte[] { 1 });
        Patch(18, new byte[] { 1, 0 });

        var error = Open();

        Assert.Contains("the volume continues in file 2", error.Message);
        Assert.Contains("d.dsk", error.FileName);
    }

    [Fact]
    public void HighCylinderDisagreeingWithTheFileSize_IsImpossibleGeometry()
    {
        Patch(17, new byte[] { 1 });
        Patch(18, new byte[] { 7, 0 }); // the file holds cylinders 0..1, not 0..7

        var error = Open();

        Assert.Equal(18, error.ByteOffset);
        Assert.Contains("high cylinder 7", error.Message);
    }

    [Fact]
    public void SecondFileOfAVolume_OpenedFirst_IsRefused()
    {
        Patch(17, new byte[] { 2 });
        Assert.Contains("not the first file of its volume", Open().Message);
    }

    [Fact]
    public void MissingFile_IsNamed()
    {
        var error = Assert.Throws<DiskImageException>(() => CkdImageTrackStore.Open(_folder.File("none.dsk")));
        Assert.Contains("none.dsk: no such image file", error.Message);
    }

    private DiskImageException Open() => Assert.Throws<DiskImageException>(() => CkdImageTrackStore.Open(_path, readOnly: true));

    private void Patch(long offset, ReadOnlySpan<byte> bytes)
    {
        using var stream = new FileStream(_path, FileMode.Open);
        stream.Position = offset;
        stream.Write(bytes);
    }

    private void PatchUInt32(long offset, uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        Patch(offset, bytes);
    }
}
