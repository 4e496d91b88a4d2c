using System;
using System.Linq;
using S390Ccw.Samples.Tests.Support;
using Xunit;

namespace S390Ccw.Samples.Tests.InlinePrograms;

/// <summary>samples/InlinePrograms: [ChannelProgram] methods started on a subchannel of a 3390 over the sample's image.</summary>
public sealed class InlineProgramsSampleTests : IClassFixture<InlineProgramsRun>
{
    private readonly InlineProgramsRun run;

    public InlineProgramsSampleTests(InlineProgramsRun run) => this.run = run;

    /// <summary>The first output line that starts with <paramref name="start"/> after its indentation, without the indentation.</summary>
    private string Line(string start) =>
        run.Lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no line starts with '{start}':\n{run.Result.Output}");

    [Fact]
    public void Run_ExitsZeroWhenEveryProgramEndedAsExpected()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.Describe());
        Assert.Equal("", run.Result.Error);
    }

    [Fact]
    public void ReadVolumeLabel_ReadsTheStandardLabel()
    {
        // A high-level READ is 4 CCWs; it ends normally at its READ_DATA (0x1000 + 3 * 8).
        Assert.StartsWith("ReadVolumeLabel    4 CCWs at 0x1000: cc=0,", Line("ReadVolumeLabel"));
        Assert.EndsWith("ended at 0x1018 with CE DE, residual 0", Line("ReadVolumeLabel"));
        // standard track0's R3: 'VOL1', the volser, owner S390CCW (docs/language.md, Volumes).
        Assert.Equal("volume label: VOL1INLN01, owner S390CCW", Line("volume label:"));
    }

    [Fact]
    public void SenseId_ReportsA2107ControlUnitAndA3390Model1()
    {
        // FF, CU 2107 model E8, device 3390, model byte 02 for a 3390-1, the model of a 1-cylinder volume
        // (Hercules dasdtab.c (3390 device table) and the Sense ID row of IBM 3990 Storage Control Reference (GA32-0274); Hercules ckddasd.c).
        Assert.Equal("SENSE ID: FF2107E8339002: control unit 2107-E8, device 3390-02", Line("SENSE ID:"));
    }

    [Fact]
    public void MissingRecord_IsUnitCheckWithNoRecordFoundSense()
    {
        Assert.Contains("with CE DE UC", Line("ReadMissingRecord"));
        // Sense byte 1 bit 4 (0x08): no record found (GA32-0274, sense bytes; Hercules ckddasd.c ckd_build_sense).
        Assert.StartsWith("sense after the unit check: 0008", Line("sense after the unit check:"));
        Assert.EndsWith("(no record found)", Line("sense after the unit check:"));
    }

    [Fact]
    public void SplitChain_FailsWholeOnVfioAndRunsInTwoStarts()
    {
        // LoadOverlay at 0x2000: READ is 4 CCWs (0x2000-0x2018), the split TIC at 0x2020.
        Assert.Contains("split before the TIC at 0x2020.", Line("LoadOverlay:"));
        Assert.EndsWith("overlay data loaded", Line("whole chain, CCWs fetched as reached:"));
        Assert.Contains("ended at 0x3000 with PGM", Line("whole chain, vfio-ccw copy at start:"));
        // The first start ends at the READ_DATA whose chain bit the split cleared; the second begins at the TIC's target.
        Assert.Contains("ended at 0x2018 with CE DE", Line("split, vfio-ccw, start at 0x2000:"));
        Assert.Contains("with CE DE, residual 0", Line("split, vfio-ccw, start at 0x3000:"));
        Assert.Equal("in 2 starts at the split the overlay data is loaded: READ BY THE OVERLAY THE SPLIT CHAIN RAN", Line("in 2 starts"));
    }

    [HerculesFact]
    public void Image_BootsInHerculesToTheSamePswCcwsAndStorage()
    {
        var boot = DifferentialBoot.Run(run.Image);

        boot.AssertSameBoot();
        // volume.ccw's record (0,0,5).
        Assert.Equal(0x000A0000_0000C0DEUL, boot.Ours.Psw!.Value.Value);
    }
}
