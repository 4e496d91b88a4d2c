using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace S390Ccw.Cli.Tests;

public class AsmAndCheckTests
{
    [Fact]
    public void Asm_WritesTheProgramBytesAsTheySitInStorage()
    {
        using var tool = new CcwTool();
        string src = tool.Write("p.ccw", "program p format1 at 0x1000\n    NOP 0, CC, len 1\n    TIC *-8\n");

        var (exit, _, err) = tool.Run("asm", src, "-o", tool.PathOf("p.bin"));

        Assert.Equal(0, exit);
        Assert.Equal("", err);
        // Format-1 NOP: 03 flags=40 count=0001 address=00000000; TIC *-8: 08 00 0000 00001000 (SA22-7832 ch. 15, "Channel-Command Word" formats).
        Assert.Equal(new byte[] { 0x03, 0x40, 0x00, 0x01, 0, 0, 0, 0, 0x08, 0, 0, 0, 0x00, 0x00, 0x10, 0x00 }, File.ReadAllBytes(tool.PathOf("p.bin")));
    }

    [Fact]
    public void Asm_Listing_ShowsAddressBytesAndSource()
    {
        using var tool = new CcwTool();
        string src = tool.Write("h.ccw", Sources.Hello);

        var (exit, output, _) = tool.Run("asm", src, "--program", "ipl2", "--listing");

        Assert.Equal(0, exit);
        // The READ on its own line, then its CCWs with their mnemonics; the header printed once.
        Assert.Contains("00002000" + new string(' ', 24) + "6" + new string(' ', 34) + "READ cyl0 trk0 rec4 -> 0x10000, CC\n"
            + "00002000  07002040 40000006     6+ SEEK         CC              6\n", output);
        Assert.StartsWith("program ipl2 format0 at 0x00002000: 8 CCWs, 80 bytes\n", output);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, "program ipl2 format0 at 0x00002000:"));
    }

    [Fact]
    public void Asm_WithSeveralProgramsAndOutput_AsksForOne()
    {
        using var tool = new CcwTool();
        string src = tool.Write("h.ccw", Sources.Hello);

        var (exit, _, err) = tool.Run("asm", src, "-o", tool.PathOf("x.bin"));

        Assert.Equal(2, exit);
        Assert.StartsWith("ccw: ", err);
        Assert.Contains("--program", err);
        Assert.False(File.Exists(tool.PathOf("x.bin")));
    }

    [Fact]
    public void Check_FileWithError_PrintsLocatedDiagnosticAndExits1()
    {
        using var tool = new CcwTool();
        string src = tool.Write("bad.ccw", "program p format1 at 0x1000\n    TIC nowhere\n");

        var (exit, output, _) = tool.Run("check", src);

        Assert.Equal(1, exit);
        Assert.Matches(@"bad\.ccw\(2,9\): error CCW\d{4}: .*nowhere", output);
    }

    [Fact]
    public void Check_PrefetchHazard_IsReportedWithItsAddresses()
    {
        using var tool = new CcwTool();
        string src = tool.Write("zipl.ccw", Sources.Zipl);

        var (exit, output, _) = tool.Run("check", src);

        Assert.Equal(0, exit);
        Assert.Contains("warning CCW02", output);
        Assert.Contains("overwrites the CCW at 0x00003000", output);
    }

    [Fact]
    public void Check_Sarif_IsSarif210WithOneResultPerDiagnostic()
    {
        using var tool = new CcwTool();
        string src = tool.Write("bad.ccw", "program p format1 at 0x1000\n    TIC nowhere\n");

        var (exit, output, _) = tool.Run("check", src, "--format", "sarif");

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First();
        Assert.StartsWith("CCW", result.GetProperty("ruleId").GetString());
        Assert.Equal(2, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }
}
