using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using S390Ccw.Analyzers.Tests.Analysis;
using S390Ccw.Analyzers.Tests.Infrastructure;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>The .ccw additional-file analyzer: CCW02xx analysis diagnostics at exact spans, severity from configuration.</summary>
public sealed class CcwFileAnalyzerTests
{
    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string ccw, params (string, string)[] configs) =>
        AnalyzerHarness.Analyze(AnalyzerHarness.Project(ccw: new[] { ("boot.ccw", ccw) }, configs: configs), new CcwFileAnalyzer());

    [Fact]
    public async Task Hello_ReportsBothIplHazardsAtTheIpl1Read()
    {
        // Line 3 is "    READ next -> ipl2, CC, SLI, len 144" (35 characters from column 5): the victim of
        // the implied READ IPL (which has no source) and the writer of the second hazard.
        var diagnostics = await Run(SampleChainTests.Hello);
        // The IPL's own two stages: CCW0207, information (every bootable volume has them).
        Assert.Equal(new[] { "boot.ccw(3,5)-(3,40) CCW0207", "boot.ccw(3,5)-(3,40) CCW0207" }, diagnostics.Select(AnalyzerHarness.Where));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(LocationKind.ExternalFile, diagnostics[0].Location.Kind);
        Assert.StartsWith("the implied READ IPL at 0x00000000 overwrites the CCW at 0x00000008 (READ_DATA, line 3, from record (0,0,1))", diagnostics[0].GetMessage());
        Assert.Contains("every DASD IPL works this way", diagnostics[1].GetMessage());
        Assert.EndsWith("under plain vfio-ccw prefetch the stale copy (zeros) would run", diagnostics[1].GetMessage());
        Assert.Equal("docs/diagnostics.md#ccw0207", diagnostics[0].Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task ZiplLdl_ReportsCcw0203AtIpl1AndAtTheRereadingRead()
    {
        // Line 3 "    READ_R0 0x2000, CC, SLI, len 16" (31 characters), line 4 "    READ_DATA 0, CC, SLI, len 40" (28).
        var diagnostics = await Run(SampleChainTests.ZiplLdl);
        Assert.Equal(new[] { "boot.ccw(3,5)-(3,36) CCW0203", "boot.ccw(4,5)-(4,33) CCW0203" }, diagnostics.Select(AnalyzerHarness.Where));
        Assert.EndsWith("with no TIC to split at", diagnostics[1].GetMessage());
    }

    [Fact]
    public async Task FileWithErrors_IsLeftToTheGenerator()
    {
        Assert.Empty(await Run("program p format0 at 0x1000\n    BOGUS 0\n"));
    }

    [Fact]
    public async Task ReadLengthAndUndefinedRecordAndPoolOverlap_AreLocated()
    {
        // Line 2: READ of record (0,1,1) (16 bytes) with len 8 and no SLI: incorrect length (CCW0204).
        // Line 3 is never reached. In q, line 6 searches for (0,1,7), which the volume lacks (CCW0205);
        // line 7 reads over q's own literal pool (CCW0206): NOP, the 4 CCWs of the READ and READ_DATA end at
        // 0x2030, where the pool (seek BBCCHH, search CCHHR) starts.
        const string text = """
            program p format0 at 0x1000
                READ cyl0 trk1 rec1 -> 0x3000, CC, len 8
                NOP
            program q format0 at 0x2000
                NOP CC
                READ cyl0 trk1 rec7 -> 0x3000, CC, SLI, len 8
                READ_DATA 0x2030, SLI, len 16
            volume DIAG01 3390 cylinders 1
                record 0 1 1 data dword 1, 2
            """;
        var diagnostics = await Run(text);
        Assert.Equal(new[] { "boot.ccw(2,5)-(2,45) CCW0204", "boot.ccw(6,5)-(6,50) CCW0205", "boot.ccw(7,5)-(7,34) CCW0206" },
            diagnostics.Select(AnalyzerHarness.Where));
    }

    [Fact]
    public async Task GlobalConfig_RaisesSeverityToError()
    {
        var diagnostics = await Run(SampleChainTests.ZiplLdl, (".globalconfig", "is_global = true\ndotnet_diagnostic.CCW0203.severity = error\n"));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public async Task GlobalConfig_NoneSilencesTheId()
    {
        var diagnostics = await Run(SampleChainTests.Hello, (".globalconfig", "is_global = true\ndotnet_diagnostic.CCW0207.severity = none\n"));
        Assert.Empty(diagnostics);
    }
}
