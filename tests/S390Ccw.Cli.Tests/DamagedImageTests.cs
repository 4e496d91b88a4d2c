using System.Buffers.Binary;
using System.IO;
using Xunit;

namespace S390Ccw.Cli.Tests;

/// <summary>A damaged track met by ls or during an IPL: "the image is damaged at …", exit code 3, never "internal error".</summary>
public sealed class DamagedImageTests
{
    private const int TrackImageSize = 56832;

    /// <summary>hello.3390 with the data length of R1 on track (0,0) (IPL1, read by READ IPL) set past the track.</summary>
    private static string DamagedHello(CcwTool tool)
    {
        string src = tool.Write("hello.ccw", Sources.Hello);
        string image = tool.PathOf("hello.3390");
        Assert.Equal(0, tool.Run("mkdisk", src, "-o", image).Exit);
        // Track (0,0) starts after the 512-byte device header: HA (5), R0 count (8) and data (8), then
        // R1's count, whose data length is its bytes 6-7 (s390.md §8.2).
        using var file = new FileStream(image, FileMode.Open, FileAccess.Write);
        file.Position = 512 + 5 + 8 + 8 + 6;
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, 0xFFFF);
        file.Write(length);
        return image;
    }

    [Fact]
    public void Ipl_DamagedTrack_IsUnitCheck_AndTheImageIsDamaged_Exit3()
    {
        using var tool = new CcwTool();
        string image = DamagedHello(tool);

        var (exit, output, err) = tool.Run("ipl", image);

        Assert.Equal(3, exit);
        Assert.Contains("IPL failed: unit check:", output);
        Assert.Contains("sense", output);
        Assert.StartsWith($"ccw: the image is damaged at {image}: track (cyl 0, head 0)", err);
        Assert.DoesNotContain("internal error", err);
    }

    [Fact]
    public void Ls_DamagedTrack_TheImageIsDamaged_Exit3()
    {
        using var tool = new CcwTool();
        string image = DamagedHello(tool);

        var (exit, _, err) = tool.Run("ls", image);

        Assert.Equal(3, exit);
        Assert.StartsWith($"ccw: the image is damaged at {image}: track (cyl 0, head 0)", err);
    }

    [Fact]
    public void Ipl_CompareModes_DamagedTrack_Exit3()
    {
        using var tool = new CcwTool();
        string image = DamagedHello(tool);

        var (exit, _, err) = tool.Run("ipl", image, "--compare-modes");

        Assert.Equal(3, exit);
        Assert.StartsWith("ccw: the image is damaged at ", err);
    }
}
