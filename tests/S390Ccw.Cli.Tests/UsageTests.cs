using Xunit;

namespace S390Ccw.Cli.Tests;

public class UsageTests
{
    [Theory]
    [InlineData("asm")]
    [InlineData("disasm")]
    [InlineData("check")]
    [InlineData("mkdisk")]
    [InlineData("ls")]
    [InlineData("ipl")]
    [InlineData("lsp")]
    public void EveryVerb_HasHelpWithAnExample(string verb)
    {
        using var tool = new CcwTool();

        var (exit, output, _) = tool.Run(verb, "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Example", output);
    }

    [Fact]
    public void UnknownVerb_IsOneLineAndExit2()
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run("frobnicate");

        Assert.Equal(2, exit);
        Assert.StartsWith("ccw: ", err);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void BadDumpRange_SaysHowToWriteIt()
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run("ipl", tool.PathOf("x.3390"), "--dump", "nonsense");

        Assert.Equal(2, exit);
        Assert.Contains("ADDRESS.LENGTH", err);
    }
}
