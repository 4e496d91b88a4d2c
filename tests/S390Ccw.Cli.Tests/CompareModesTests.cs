using System.Linq;
using System.Text.Json;
using Xunit;

namespace S390Ccw.Cli.Tests;

public class CompareModesTests
{
    [Fact]
    public void QemuBiosCannotBoot_Exits1WithTheVerdict()
    {
        using var tool = new CcwTool();

        var (exit, output, _) = tool.Run("ipl", tool.MakeDisk(S390Ccw.Tests.Shared.TestVolumes.QemuBiosCannotSplit), "--compare-modes");

        Assert.Equal(1, exit);
        Assert.Contains("Hardware: PSW=000A0000 0000BEEF (the reference)", output);
        Assert.Contains("QemuBios: failed: channel program check", output);
        Assert.EndsWith("verdict: QEMU's BIOS does NOT boot this volume through vfio-ccw as the machine does (exit code 1)\n", output);
    }

    [Fact]
    public void QemuBiosBoots_PrefetchFailureIsSaidToBeExpected()
    {
        using var tool = new CcwTool();

        var (exit, output, _) = tool.Run("ipl", tool.MakeDisk(Sources.Zipl), "--compare-modes");

        Assert.Equal(0, exit);
        string prefetch = output.Split('\n').Single(l => l.StartsWith("Prefetch:", System.StringComparison.Ordinal));
        Assert.EndsWith("(expected: a prefetching channel copies the chain before READ IPL stores IPL1's CCWs at 0x08, so plain prefetch never gets past IPL1 on any volume)", prefetch);
        Assert.Contains("  QEMU's BIOS split the chain: READ at 0x002018 split from TIC at 0x002020; restart at 0x003000", output);
    }

    [Fact]
    public void FormatJson_IsOneDocumentWithTheVerdictAndTheBaBit()
    {
        using var tool = new CcwTool();

        var (exit, output, _) = tool.Run("ipl", tool.MakeDisk(Sources.Zipl), "--compare-modes", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("qemuBiosBootsAsHardware").GetBoolean());
        Assert.Equal("0120", root.GetProperty("deviceNumber").GetString());
        var modes = root.GetProperty("modes").EnumerateArray().ToList();
        Assert.Equal(new[] { "Hardware", "Prefetch", "QemuBios" }, modes.Select(m => m.GetProperty("mode").GetString()));
        // Hardware loads 000A0000 0000BEEF; QEMU's BIOS enters the same PSW with the BA bit (X'80000000') on.
        Assert.Equal("000A0000 0000BEEF", modes[0].GetProperty("psw").GetString());
        Assert.Equal("000A0000 8000BEEF", modes[2].GetProperty("psw").GetString());
        Assert.True(modes[2].GetProperty("baBitAdded").GetBoolean());
        Assert.False(modes[0].GetProperty("baBitAdded").GetBoolean());
        Assert.False(modes[1].GetProperty("succeeded").GetBoolean());
        Assert.StartsWith("expected:", modes[1].GetProperty("note").GetString());
    }

    [Fact]
    public void FormatJson_NotBootable_IsFalse()
    {
        using var tool = new CcwTool();

        var (exit, output, _) = tool.Run("ipl", tool.MakeDisk(S390Ccw.Tests.Shared.TestVolumes.QemuBiosCannotSplit), "--compare-modes", "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("qemuBiosBootsAsHardware").GetBoolean());
    }

    [Fact]
    public void VolumeTheMachineCannotBoot_Exits1AndSaysSo()
    {
        // No IPL records: the implied READ IPL finds no record 1 on track 0, so even the machine loads no PSW.
        using var tool = new CcwTool();

        var (exit, output, _) = tool.Run("ipl", tool.MakeDisk("volume RAW001 3390 cylinders 1\n    record 0 0 4 data ebcdic \"X\"\n"), "--compare-modes");

        Assert.Equal(1, exit);
        Assert.StartsWith("Hardware: failed: ", output);
        Assert.EndsWith("verdict: the volume does not boot on the machine either, so QEMU's BIOS cannot boot it as the machine does (exit code 1)\n", output);
    }

    [Fact]
    public void FormatJson_WithoutCompareModes_IsAUsageError()
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run("ipl", tool.MakeDisk(Sources.Hello), "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("--format json applies to --compare-modes", err);
    }

    [Fact]
    public void Devno_NamesTheDeviceInTheTrace()
    {
        using var tool = new CcwTool();

        var (exit, output, _) = tool.Run("ipl", tool.MakeDisk(Sources.Hello), "--devno", "0190", "--trace", "hercules");

        Assert.Equal(0, exit);
        Assert.Contains("HHCCP048I 0190:CCW=", output);
        Assert.DoesNotContain("0120:", output);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("xyz")]
    [InlineData("")]
    public void Devno_NotFourHexDigits_IsAUsageError(string devno)
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run("ipl", tool.MakeDisk(Sources.Hello), "--devno", devno);

        Assert.Equal(2, exit);
        Assert.Contains("is not a device number; write 1 to 4 hex digits", err);
    }
}
