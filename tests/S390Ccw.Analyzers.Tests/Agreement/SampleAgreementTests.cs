using System.Linq;
using S390Ccw.Analyzers.Tests.Analysis;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Agreement;

/// <summary>The hand-written IPL chains: flagged exactly when the runtime's vfio-ccw IPL differs from the lazy one.</summary>
public sealed class SampleAgreementTests
{
    [Theory]
    [InlineData(nameof(SampleChainTests.Hello))]
    [InlineData(nameof(SampleChainTests.ZiplCdl))]
    [InlineData(nameof(SampleChainTests.ZiplLdl))]
    public void SampleIpl_FlaggedAndRunsDiffer(string sample)
    {
        string text = (string)typeof(SampleChainTests).GetField(sample, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var (assembly, analysis) = Chains.Analyze(text);
        Assert.True(analysis.HazardsOfIpl(assembly.Volumes[0].Volser).Any());
        Assert.NotEqual(RuntimeRun.Ipl(assembly, PrefetchMode.Lazy, 0, 0x10000), RuntimeRun.Ipl(assembly, PrefetchMode.VfioCcw, 0, 0x10000));
    }

    [Fact]
    public void Ipl1WithoutCcws_NotFlaggedAndRunsAgree()
    {
        // IPL1 is a PSW and 16 zero bytes: READ IPL stores zeros over zeros at 0x08, so the copy is not
        // stale; both channels fetch opcode 0 there and end with program check (SA22-7832 ch. 15, "Command Code"; Hercules esa390.h IS_CCW_*).
        const string text = """
            volume EMPTY1 3390 cylinders 1
                record 0 0 1 data dword 0x00080000_80002000, 0, 0
            """;
        var (assembly, analysis) = Chains.Analyze(text);
        Assert.False(analysis.HasHazard);
        Assert.Equal(RuntimeRun.Ipl(assembly, PrefetchMode.Lazy, 0, 0x1000), RuntimeRun.Ipl(assembly, PrefetchMode.VfioCcw, 0, 0x1000));
    }
}
