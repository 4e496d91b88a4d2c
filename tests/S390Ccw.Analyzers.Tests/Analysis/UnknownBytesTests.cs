using System.Linq;
using S390Ccw.Language.Analysis;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analysis;

/// <summary>
/// Unknown is not safe: a read whose record the build cannot see stores unknown bytes, and a CCW the chain
/// then runs from them is a (possible) prefetch hazard; where the walk can go no further it says so (CCW0209).
/// </summary>
public sealed class UnknownBytesTests
{
    private const string Header = "program stage2 format0 at 0x2000\n";

    [Theory]
    [InlineData("    NOP CC\n    READ next -> 0x3000, CC, SLI, len 64\n    TIC 0x3000\n", 3, "READ next -> 0x3000, CC, SLI, len 64")]
    [InlineData("    READ_DATA 0x3000, CC, SLI, len 64\n    TIC 0x3000\n", 2, "READ_DATA 0x3000, CC, SLI, len 64")]
    [InlineData("    CCW 0x06, 0x3000, CC|SLI, 64\n    TIC 0x3000\n", 2, "CCW 0x06, 0x3000, CC|SLI, 64")]
    public void ReadOfUnknownRecordThenTic_IsHazardAtTheRead(string body, int line, string statement)
    {
        var (_, analysis) = Chains.Analyze(Header + body);
        var hazard = Assert.Single(analysis.Hazards);
        Assert.False(hazard.Proved);
        Assert.Equal(PrefetchHazardKind.SafeWithBiosSplit, hazard.Kind);
        var d = analysis.Diagnostics.Single(x => x.Id == "CCW0202");
        Assert.Equal((line, 5, statement.Length), (d.Span.Line, d.Span.Column, d.Span.Length));
        Assert.Contains("overwrites the CCW at 0x00003000 (with data this build cannot see", d.Message);
    }

    [Fact]
    public void SplitBeforeTheTic_RemovesTheHazardAndSaysWhereTheWalkStops()
    {
        var (_, analysis) = Chains.Analyze(Header + "    READ_DATA 0x3000, CC, SLI, len 64\n    split\n    TIC 0x3000\n");
        Assert.Empty(analysis.Hazards);
        var d = Assert.Single(analysis.Diagnostics);
        Assert.Equal("CCW0209", d.Id);
        // At the TIC that leads into the loaded bytes (line 4), which have no source line of their own.
        Assert.Equal((4, 5, "TIC 0x3000".Length), (d.Span.Line, d.Span.Column, d.Span.Length));
    }

    [Fact]
    public void ReadOfKnownRecord_IsProved()
    {
        var (_, analysis) = Chains.Analyze(Header + """
                READ cyl0 trk1 rec1 -> 0x3000, CC, SLI
                TIC 0x3000
            volume V00001 3390 cylinders 1
                record 0 1 1 data dword 0x0300000020000001  ; NOP, SLI, count 1
            """);
        var hazard = Assert.Single(analysis.HazardsOfProgram("stage2"));
        Assert.True(hazard.Proved);
        Assert.Equal("NOP", hazard.Victim.Mnemonic);
    }

    [Fact]
    public void SearchForUndefinedRecord_ReportsItAndGoesOnWithUnknownBytes()
    {
        var (_, analysis) = Chains.Analyze(Header + """
                READ cyl0 trk1 rec7 -> 0x3000, CC, SLI, len 64
                TIC 0x3000
            volume V00001 3390 cylinders 1
                record 0 1 1 data X'00'
            """);
        Assert.Equal("CCW0205,CCW0202,CCW0209", Chains.Ids(analysis));
        Assert.False(Assert.Single(analysis.Hazards).Proved);
    }

    [Fact]
    public void ReadKeyAndDataOfUnknownRecord_IsNotBootableHazard()
    {
        var (_, analysis) = Chains.Analyze(Header + "    READ_KD 0x3000, CC, SLI, len 64\n    TIC 0x3000\n");
        Assert.Equal(PrefetchHazardKind.NotBootableByQemuBios, Assert.Single(analysis.Hazards).Kind);
    }

    [Fact]
    public void DataChainedUnknownRead_MayFillEveryArea()
    {
        // The record's length is unknown, so the second area (0x3000) may be stored too.
        var (_, analysis) = Chains.Analyze(Header + "    READ_DATA 0x2800, CD, len 8\n    CCW 0x06, 0x3000, CC|SLI, 64\n    TIC 0x3000\n");
        var hazard = Assert.Single(analysis.Hazards);
        Assert.Equal(0x3000u, hazard.Victim.Address);
    }

    [Fact]
    public void ProgramThatReadsOnlyData_StaysSilent()
    {
        var (_, analysis) = Chains.Analyze(Header + "    READ_DATA 0x3000, CC, SLI, len 64\n    NOP\n");
        Assert.Empty(analysis.Diagnostics);
    }
}
