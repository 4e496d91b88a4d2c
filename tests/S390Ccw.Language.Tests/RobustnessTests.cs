using System;
using System.Linq;
using System.Text;
using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>Bad input gives diagnostics, never an exception, and every bad line is reported.</summary>
public class RobustnessTests
{
    private static AssemblyResult NoThrow(string text)
    {
        var result = CcwAssembler.Assemble(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CCW0099");
        return result;
    }

    [Fact]
    public void BinaryGarbage_GivesDiagnostics()
    {
        // Garbage may happen to be a comment (a ';' early on a line), so only most inputs must be reported.
        var random = new Random(1234);
        int reported = 0;
        for (int i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            var result = NoThrow("program p format0 at 0\n" + System.Text.Encoding.Latin1.GetString(bytes));
            if (result.HasErrors) reported++;
        }
        Assert.True(reported > 180, $"only {reported} of 200 garbage inputs were reported");
    }

    [Fact]
    public void TenMegabyteLine_IsReportedQuickly()
    {
        var result = NoThrow("program p format0 at 0\n  data byte " + new string('1', 10_000_000));
        Assert.Contains(result.Diagnostics, d => d.Id == "CCW0002");
    }

    [Fact]
    public void TenMegabyteComment_IsIgnored()
    {
        var result = NoThrow("program p format0 at 0\n  NOP ; " + new string('x', 10_000_000));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void DeepNesting_IsRefusedNotRecursed()
    {
        var result = NoThrow("program p format0 at 0\n  data byte " + new string('(', 200_000) + "1" + new string(')', 200_000));
        Assert.Contains(result.Diagnostics, d => d.Id == "CCW0006");
    }

    [Fact]
    public void NestingWithinLimit_Evaluates()
    {
        Assert.Equal(new byte[] { 7 }, Asm.Bytes("program p format0 at 0\n  data byte " + new string('(', 32) + "7" + new string(')', 32)));
    }

    [Fact]
    public void EveryBadLine_IsReported()
    {
        const string text = """
            program p format0 at 0
                FROB 1
                READ_DATA 0x100, CC,
                NOP 0, len
                XYZZY
                TIC
            """;
        var result = NoThrow(text);
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, result.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Select(d => d.Span.Line));
    }

    [Fact]
    public void UnknownMnemonics_AndEmptyInputs_DoNotThrow()
    {
        NoThrow(string.Empty);
        NoThrow("\n\n\r\n");
        NoThrow("READ");
        NoThrow("program");
        NoThrow("program p format0 at 0\nREAD cyl");
        NoThrow("volume");
        NoThrow("volume X 3390\n record");
        NoThrow("program p format2 at 0");
        Assert.Contains(NoThrow("program p format0 at 0\n FETCH_ALL 0").Diagnostics, d => d.Id == "CCW0003");
    }

    [Fact]
    public void RandomTokenSoup_DoesNotThrow()
    {
        string[] words = { "program", "volume", "record", "READ", "TIC", "CCW", "psw", "data", "arg", "->", ",", "|", "*", "+", "-", "(", ")",
            "x:", "0x10", "X'F'", "\"s\"", "cyl0", "len", "CC", "split", "standard", "track0", "ipl1=", "=", "format0", "at", "3390" };
        var random = new Random(99);
        var sb = new StringBuilder();
        for (int line = 0; line < 3000; line++)
        {
            int n = random.Next(0, 8);
            for (int i = 0; i < n; i++) sb.Append(words[random.Next(words.Length)]).Append(' ');
            sb.Append('\n');
        }
        NoThrow(sb.ToString());
    }
}
