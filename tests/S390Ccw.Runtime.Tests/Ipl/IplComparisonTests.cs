using System.Linq;
using S390Ccw.Runtime.Ipl;
using Xunit;

namespace S390Ccw.Runtime.Tests.Ipl;

public class IplComparisonTests
{
    [Fact]
    public void ZiplStyle_QemuBiosAgreesWithHardware_PrefetchDiverges()
    {
        var modes = IplComparison.Run(BootVolumes.Build(BootVolumes.ZiplStyle));

        var qemu = modes.Single(m => m.Mode == IplMode.QemuBios);
        var prefetch = modes.Single(m => m.Mode == IplMode.Prefetch);
        Assert.True(qemu.Agrees, qemu.Summary);
        Assert.False(prefetch.Agrees);
        Assert.False(prefetch.SamePsw);
        // The first CCW is the same implied READ IPL; the second (at 0x08) is the stale one.
        Assert.Equal(1, prefetch.FirstDivergentCcw);
        Assert.Contains("diverges", prefetch.Summary);
    }

    [Fact]
    public void LoadedRanges_AreTheReadCcwsDataAreas()
    {
        var hardware = IplComparison.Run(BootVolumes.Build(BootVolumes.Hello)).Single(m => m.Mode == IplMode.Hardware);

        var ranges = IplComparison.LoadedRanges(hardware.Trace);

        // READ IPL 24 bytes at 0; IPL2's record (its 80 program bytes: 8 CCWs and a 16-byte pool) at 0x2000
        // under SLI; the text (18 bytes) at 0x10000; the PSW (8) at 0.
        Assert.Equal(new (uint, int)[] { (0, 24), (0x2000, 80), (0x10000, 18), (0, 8) }, ranges);
    }
}
