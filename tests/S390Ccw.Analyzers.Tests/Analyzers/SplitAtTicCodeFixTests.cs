using System.Linq;
using System.Threading.Tasks;
using S390Ccw.Analyzers.Tests.Infrastructure;
using S390Ccw.CodeFixes;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>The code fix writes 'split' before the TIC of a QEMU-safe hazard, and the hazard is gone.</summary>
public sealed class SplitAtTicCodeFixTests
{
    private static async Task<string> Fix(string literal)
    {
        var project = AnalyzerHarness.Project(InlineProgramAnalyzerTests.Source(literal));
        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(project, new InlineProgramAnalyzer()));
        var (fixedProject, text) = await AnalyzerHarness.ApplyFix(project, diagnostic, new SplitAtTicCodeFix());
        Assert.Empty(await AnalyzerHarness.Analyze(fixedProject, new InlineProgramAnalyzer()));
        return text;
    }

    [Fact]
    public async Task VerbatimString_GetsSplitOnItsOwnLine()
    {
        string text = await Fix(InlineProgramAnalyzerTests.Verbatim);
        Assert.Equal(InlineProgramAnalyzerTests.Source("@\"READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\nsplit\nTIC 0xE000\""), text);
    }

    [Fact]
    public async Task EscapedString_KeepsTheTicIndentation()
    {
        string text = await Fix("\"READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\\n    TIC 0xE000\"");
        Assert.Equal(InlineProgramAnalyzerTests.Source("\"READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\\n    split\\n    TIC 0xE000\""), text);
    }

    [Fact]
    public async Task NotBootableHazard_OffersNoFix()
    {
        // READ_KD loads the CCWs: QEMU's BIOS does not split there, so 'split' is not the offered fix (CCW0203).
        var project = AnalyzerHarness.Project(InlineProgramAnalyzerTests.Source("@\"SEEK 0x2000, CC\nSEARCH_ID_EQ 0x2008, CC\nTIC *-8\nREAD_KD 0xE000, CC, SLI, len 64\nTIC 0xE000\""));
        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(project, new InlineProgramAnalyzer()));
        Assert.Equal("CCW0203", diagnostic.Id);
        Assert.DoesNotContain(new SplitAtTicCodeFix().FixableDiagnosticIds, id => id == diagnostic.Id);
    }
}
