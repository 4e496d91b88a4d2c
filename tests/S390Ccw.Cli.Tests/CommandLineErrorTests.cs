using Xunit;

namespace S390Ccw.Cli.Tests;

public class CommandLineErrorTests
{
    [Fact]
    public void MistypedVerb_SaysUnknownVerbAndSuggestsTheClosest()
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run("chek", "loader.ccw");

        Assert.Equal(2, exit);
        Assert.Equal("ccw: unknown verb 'chek'; did you mean 'check'? (the verbs are asm, disasm, check, mkdisk, ls, ipl, lsp) (run 'ccw --help' for usage)\n", err);
    }

    [Fact]
    public void NoVerbNearby_ListsTheVerbs()
    {
        using var tool = new CcwTool();

        var (_, _, err) = tool.Run("frobnicate");

        Assert.Equal("ccw: unknown verb 'frobnicate'; the verbs are asm, disasm, check, mkdisk, ls, ipl, lsp (run 'ccw --help' for usage)\n", err);
    }

    [Fact]
    public void MistypedOption_SuggestsTheClosestAndSkipsItsValue()
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run("ipl", "x.3390", "--mdoe", "qemu");

        Assert.Equal(2, exit);
        Assert.Equal("ccw: ipl: unknown option '--mdoe'; did you mean '--mode'? (run 'ccw ipl --help' for usage)\n", err);
    }

    [Fact]
    public void MistypedOptionTakenAsAFile_IsStillAnUnknownOption()
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run("check", "--warnasrror", "x.ccw");

        Assert.Equal(2, exit);
        Assert.StartsWith("ccw: check: unknown option '--warnasrror'; did you mean '--warnaserror'?", err);
    }

    [Fact]
    public void ValueNotAmongTheChoices_IsOneLineWithTheClosest()
    {
        using var tool = new CcwTool();

        var (_, _, err) = tool.Run("ipl", "x.3390", "--mode", "qem");

        Assert.Equal("ccw: ipl: --mode 'qem' is not one of hardware, prefetch, qemu; did you mean 'qemu'? (run 'ccw ipl --help' for usage)\n", err);
    }

    [Fact]
    public void UnknownOptionWithoutVerb_DoesNotAlsoAskForAVerb()
    {
        using var tool = new CcwTool();

        var (_, _, err) = tool.Run("--frob");

        Assert.Equal("ccw: unknown option '--frob' (run 'ccw --help' for usage)\n", err);
    }

    [Fact]
    public void NoVerb_ListsTheVerbs()
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run();

        Assert.Equal(2, exit);
        Assert.Equal("ccw: no verb given; the verbs are asm, disasm, check, mkdisk, ls, ipl, lsp (run 'ccw --help' for usage)\n", err);
    }

    [Fact]
    public void OptionWithoutItsValue_NamesTheOption()
    {
        using var tool = new CcwTool();

        var (_, _, err) = tool.Run("disasm", "--record");

        Assert.Equal("ccw: disasm: --record needs a value\nccw: disasm: missing FILE (run 'ccw disasm --help' for usage)\n", err);
    }

    [Theory]
    [InlineData("chek", "check", 1)]
    [InlineData("cehck", "check", 1)]
    [InlineData("mkdsik", "mkdisk", 1)]
    [InlineData("ipl", "ipl", 0)]
    public void Distance_CountsSwapsAsOneEdit(string typed, string candidate, int expected)
    {
        Assert.Equal(expected, Usage.ClosestName.Distance(typed, candidate));
    }
}
