using System;
using System.Linq;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Samples.Tests.Support;
using Xunit;

namespace S390Ccw.Samples.Tests.ZiplStyle;

/// <summary>
/// samples/ZiplStyle: stage 1 (IPL2, 0x2000) is SEEK 0x2000, SEARCH_ID_EQ 0x2008, TIC *-8 0x2010, READ_DATA
/// of stage 2's CCWs to 0x3000 at 0x2018, TIC 0x3000 at 0x2020 (zipl.ccw; docs/language.md "The high-level
/// READ"). The machine runs the fresh CCWs; a prefetching channel runs the stale ones (SA22-7832 ch. 15, ORB prefetch control; Linux drivers/s390/cio/vfio_ccw_cp.c);
/// QEMU's BIOS cuts the chain between that READ_DATA and its TIC (QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL" step 7).
/// </summary>
[Collection(ZiplStyleBuild.Collection)]
public sealed class ZiplStyleSampleTests : IClassFixture<ZiplStyleRun>
{
    private readonly ZiplStyleRun run;

    public ZiplStyleSampleTests(ZiplStyleRun run) => this.run = run;

    /// <summary>The first output line that starts with <paramref name="start"/> after its indentation, without the indentation.</summary>
    private string Line(string start) =>
        run.Lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no line starts with '{start}':\n{run.Result.Output}");

    [Fact]
    public void Run_ExitsZeroAndPrintsTheMachinesPswLast()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.Describe());
        // zipl.ccw's record (0,0,5).
        Assert.Equal("PSW=000A0000 0000F00D", run.Lines[^1]);
    }

    [Fact]
    public void Header_NamesTheStageOneReadAndTic()
    {
        Assert.EndsWith(" to " + run.Image, run.Lines[0]);
        int line = SampleFiles.LineOf(SampleFiles.PathOf("ZiplStyle", "zipl.ccw"), "READ cyl0 trk0 rec4 -> stage2");
        Assert.Contains($"the READ_DATA at 0x2018 (zipl.ccw line {line}) loads stage 2's CCWs to 0x3000; the TIC at 0x2020 runs them.", run.Result.Output);
    }

    [Fact]
    public void QemuBios_AgreesWithTheMachineAfterSplittingAtStageOne()
    {
        // QEMU's hand-off sets the 31-bit mode bit (QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL" step 8), which the comparison leaves out.
        Assert.Equal("QemuBios: PSW=000A0000 8000F00D; same loaded storage as Hardware; the PSW is Hardware's with the BA bit (X'80000000', 31-bit addressing) added, as QEMU's BIOS sets it in the PSW it loads", Line("QemuBios:"));
        Assert.Equal("QEMU's BIOS split the chain: READ at 0x002018 split from TIC at 0x002020; restart at 0x003000", Line("QEMU's BIOS split"));
        Assert.Equal("Hardware: PSW=000A0000 0000F00D (the reference)", Line("Hardware:"));
    }

    [Fact]
    public void Prefetch_Diverges()
    {
        string prefetch = Line("Prefetch:");

        // Copied at the start, the chain already holds zeros at 0x08 (IPL1's CCWs arrive with READ IPL):
        // CCW #1 is the first that differs, and a zero command code is a program check.
        Assert.StartsWith("Prefetch: failed: channel program check", prefetch);
        Assert.Contains("CCW #1 (0x00000008) is the first that differs from Hardware's", prefetch);
    }

    [Fact]
    public void StageOne_OnAVfioChannel_RunsTheStaleTicTarget()
    {
        string lazy = Line("fetching CCWs as reached");
        string vfio = Line("vfio-ccw, chain copied at start");

        Assert.Contains("with CE DE, residual 0; payload loaded", lazy);
        // The copy of 0x3000 taken at the start is zeros: command 00 is invalid, a program check there.
        Assert.Contains("ended at 0x3000 with PGM", vfio);
        Assert.EndsWith("payload NOT loaded", vfio);
    }

    [Fact]
    public void Image_BootsInTheRuntimeWithThePayloadLoaded()
    {
        using var volume = CkdImage.Open(run.Image, readOnly: true);
        var result = new IplSequencer(volume).Run(IplMode.Hardware);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(0x000A0000_0000F00DUL, result.Psw!.Value.Value);
        // Each payload record begins "PAYLOAD RECORD n": P D7, A C1, Y E8, L D3 in code page 037; n is F1, F2, F3.
        foreach (var (address, digit) in new[] { (0x10000u, 0xF1), (0x10040u, 0xF2), (0x10080u, 0xF3) })
        {
            Assert.Equal(0xD7C1E8D3u, result.Storage.ReadUInt32(address));
            Assert.Equal(digit, result.Storage.ReadByte(address + 15));
        }
    }

    [HerculesFact]
    public void Image_BootsInHerculesToTheSamePswCcwsAndStorage()
    {
        var boot = DifferentialBoot.Run(run.Image);

        boot.AssertSameBoot();
        Assert.Contains(boot.LoadedRanges, r => r == (0x10080u, 64));
    }
}
