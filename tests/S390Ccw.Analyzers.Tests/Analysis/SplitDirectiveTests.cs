using System.Linq;
using S390Ccw.Language.Analysis;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analysis;

/// <summary>The 'split' directive on the TIC after a READ: the sequencer restarts there, so the hazard is gone.</summary>
public sealed class SplitDirectiveTests
{
    private const string Stage1 = """
        program stage1 format0 at 0x1000
            READ cyl0 trk1 rec1 -> 0xE000, CC, SLI
            {0}TIC 0xE000
        program stage1b format0 at 0xE000
            NOP
        volume SPLIT1 3390 cylinders 1
            record 0 1 1 data program stage1b
        """;

    [Fact]
    public void ReadThenTic_WithoutSplit_IsSafeWithBiosSplit()
    {
        var (_, analysis) = Chains.Analyze(Stage1.Replace("{0}", ""));
        var hazard = Assert.Single(analysis.HazardsOfProgram("stage1"));
        Assert.Equal(PrefetchHazardKind.SafeWithBiosSplit, hazard.Kind);
        // SEEK, SEARCH, TIC *-8 from 0x1000, READ_DATA at 0x1018, the TIC at 0x1020.
        Assert.Equal(0x1018u, hazard.Writer.Address);
        Assert.Equal(0x1020u, hazard.SplitTic!.Address);
        Assert.Equal(3, hazard.SplitTic.Span!.Value.Line);
        Assert.Equal(2, hazard.Diagnostic.Span.Line);
    }

    [Fact]
    public void ReadThenTic_WithSplit_HasNoHazard()
    {
        var (assembly, analysis) = Chains.Analyze(Stage1.Replace("{0}", "split\n    "));
        Assert.Single(assembly.Programs[0].SplitPoints);
        Assert.Empty(analysis.Hazards);
        Assert.Empty(analysis.Diagnostics);
    }

    [Fact]
    public void SplitAtAnotherTic_DoesNotHideTheHazard()
    {
        const string text = """
            program p format0 at 0x1000
                READ cyl0 trk1 rec1 -> 0x2000, CC, SLI
                NOP CC
                TIC 0x2000
                split
                TIC 0x3000
            program q format0 at 0x2000
                NOP
            volume SPLIT2 3390 cylinders 1
                record 0 1 1 data program q
            """;
        var (_, analysis) = Chains.Analyze(text);
        var hazard = Assert.Single(analysis.Hazards);
        Assert.Equal(PrefetchHazardKind.NotBootableByQemuBios, hazard.Kind);
        Assert.Contains("TIC at 0x00001028, which is not the one right after the READ", hazard.Reason);
    }
}
