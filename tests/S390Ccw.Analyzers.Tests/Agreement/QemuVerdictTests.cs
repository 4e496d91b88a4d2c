using System.Linq;
using S390Ccw.Analyzers.Tests.Analysis;
using S390Ccw.Runtime.Ipl;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Agreement;

/// <summary>
/// The static verdict on QEMU's BIOS against the runtime's QEMU-BIOS IPL on the forms the issue names: an
/// IPL2 that begins without a Seek (the machine reads the record after IPL2; every start of QEMU's is a new
/// channel program, in which the 3390 rejects a record command before a Seek), and the hello volume, which
/// QEMU boots.
/// </summary>
public sealed class QemuVerdictTests
{
    private const string Ipl2WithoutSeek = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
            READ next -> 0x10000, CC, SLI, len 80
            READ cyl0 trk0 rec4 -> 0, SLI
        volume NOSEEK 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
            record 0 0 4 data psw 0x000A0000_0000BEEF
        """;

    [Fact]
    public void Ipl2WithoutSeek_StaticAndRuntimeBothSayQemuCannotBoot()
    {
        var (assembly, analysis) = Chains.Analyze(Ipl2WithoutSeek);
        var verdict = Assert.Single(analysis.Ipls);
        Assert.True(verdict.MachineCompletes);
        Assert.False(verdict.QemuBoots);
        var d = analysis.Diagnostics.Single(x => x.Id == "CCW0208");
        // At IPL2's first CCW, line 6: QEMU's start at 0x2000 has no Seek before it.
        Assert.Equal((6, 5), (d.Span.Line, d.Span.Column));
        Assert.Contains("command reject", d.Message);

        using var store = RuntimeRun.Store(assembly);
        var modes = IplComparison.Run(store, new IplOptions { StorageSize = 0x100000 });
        Assert.True(modes.Single(m => m.Mode == IplMode.Hardware).Result.Succeeded);
        var qemu = modes.Single(m => m.Mode == IplMode.QemuBios);
        Assert.Equal(IplFailureKind.UnitCheck, qemu.Result.Failure);
    }

    [Fact]
    public void Hello_StaticAndRuntimeBothSayQemuBoots()
    {
        var (assembly, analysis) = Chains.Analyze(SampleChainTests.Hello);
        var verdict = Assert.Single(analysis.Ipls);
        Assert.True(verdict.MachineCompletes);
        Assert.True(verdict.QemuBoots);
        Assert.DoesNotContain(analysis.Diagnostics, x => x.Id == "CCW0208");

        using var store = RuntimeRun.Store(assembly);
        var qemu = IplComparison.Run(store, new IplOptions { StorageSize = 0x100000 }).Single(m => m.Mode == IplMode.QemuBios);
        Assert.True(qemu.Result.Succeeded && qemu.Agrees);
    }
}
