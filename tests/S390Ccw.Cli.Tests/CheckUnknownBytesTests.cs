using Xunit;

namespace S390Ccw.Cli.Tests;

/// <summary>
/// `ccw check` on a stage that loads the next one from a record the file does not declare: the READ/TIC
/// prefetch hazard is reported at the READ (unknown is not safe), and `split` before the TIC ends it.
/// </summary>
public class CheckUnknownBytesTests
{
    private const string Header = "program stage2 format0 at 0x2000\n";

    [Theory]
    [InlineData("    NOP CC\n    READ next -> 0x3000, CC, SLI, len 64\n    TIC 0x3000\n", 3)]
    [InlineData("    READ_DATA 0x3000, CC, SLI, len 64\n    TIC 0x3000\n", 2)]
    [InlineData("    CCW 0x06, 0x3000, CC|SLI, 64\n    TIC 0x3000\n", 2)]
    public void StageWithoutVolume_HazardAtTheRead(string body, int line)
    {
        using var tool = new CcwTool();
        string src = tool.Write("stage2.ccw", Header + body);

        var (exit, output, _) = tool.Run("check", src);

        Assert.Equal(0, exit);
        Assert.Contains($"stage2.ccw({line},5): warning CCW0202: READ_DATA at ", output);
        Assert.Contains("overwrites the CCW at 0x00003000 (with data this build cannot see", output);
    }

    [Fact]
    public void StageWithSplitBeforeTheTic_HasNoWarning()
    {
        using var tool = new CcwTool();
        string src = tool.Write("stage2.ccw", Header + "    READ_DATA 0x3000, CC, SLI, len 64\n    split\n    TIC 0x3000\n");

        var (exit, output, _) = tool.Run("check", src);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("warning", output);
        Assert.Contains("stage2.ccw(4,5): info CCW0209", output);
    }
}
