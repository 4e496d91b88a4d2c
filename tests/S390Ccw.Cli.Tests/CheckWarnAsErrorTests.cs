using Xunit;

namespace S390Ccw.Cli.Tests;

public class CheckWarnAsErrorTests
{
    // Sources.Zipl has one warning, CCW0202 at (6,5), and notes CCW0207 (which stay notes).
    [Fact]
    public void WithoutTheOption_WarningsExit0()
    {
        using var tool = new CcwTool();

        var (exit, output, _) = tool.Run("check", tool.Write("z.ccw", Sources.Zipl));

        Assert.Equal(0, exit);
        Assert.Contains("z.ccw(6,5): warning CCW0202:", output);
    }

    [Fact]
    public void Bare_RaisesEveryWarningAndLeavesTheFileToTheFiles()
    {
        using var tool = new CcwTool();

        var (exit, output, err) = tool.Run("check", "--warnaserror", tool.Write("z.ccw", Sources.Zipl));

        Assert.Equal(1, exit);
        Assert.Contains("z.ccw(6,5): error CCW0202:", output);
        Assert.Contains("info CCW0207", output);
        Assert.Contains("1 file(s): 1 error(s)", err);
    }

    [Fact]
    public void ListedId_RaisesOnlyThatId()
    {
        using var tool = new CcwTool();
        string src = tool.Write("z.ccw", Sources.Zipl);

        var other = tool.Run("check", "--warnaserror", "CCW0204", src);
        var listed = tool.Run("check", "--warnaserror", "CCW0204,CCW0202", src);

        Assert.Equal(0, other.Exit);
        Assert.Equal(1, listed.Exit);
        Assert.Contains("error CCW0202", listed.Out);
    }

    [Fact]
    public void RaisedWarning_IsAnErrorInSarif()
    {
        using var tool = new CcwTool();

        var (exit, output, _) = tool.Run("check", tool.Write("z.ccw", Sources.Zipl), "--format", "sarif", "--warnaserror");

        Assert.Equal(1, exit);
        Assert.Contains("\"level\": \"error\"", output);
    }

    [Fact]
    public void UnknownId_IsAUsageError()
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run("check", "--warnaserror", "CCW0999", tool.Write("z.ccw", Sources.Zipl));

        Assert.Equal(2, exit);
        Assert.Equal("ccw: --warnaserror: CCW0999 is not a diagnostic ID of ccw (docs/diagnostics.md lists them)\n", err);
    }
}
