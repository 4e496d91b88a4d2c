using System.Linq;
using S390Ccw.Language.Analysis;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analysis;

/// <summary>The analysis on the hand-written chains the project is about: hello-style, zipl CDL and zipl LDL.</summary>
public sealed class SampleChainTests
{
    internal const string Hello = S390Ccw.Tests.Shared.TestVolumes.Hello;

    [Fact]
    public void Hello_IplHasTwoHazardsBothSafeWithBiosSplit()
    {
        var (_, analysis) = Chains.Analyze(Hello);
        var ipl = analysis.HazardsOfIpl("HELLO1").ToList();
        Assert.Equal(2, ipl.Count);
        Assert.All(ipl, h => Assert.Equal(PrefetchHazardKind.SafeWithBiosSplit, h.Kind));

        // 1: READ IPL (implied, at 0) over 0x08, which held zeros; the IPL1 READ_DATA is line 3.
        Assert.Equal(0u, ipl[0].Writer.Address);
        Assert.Equal(0x08u, ipl[0].Victim.Address);
        Assert.Equal("READ_DATA", ipl[0].Victim.Mnemonic);
        Assert.Equal(3, ipl[0].Victim.Span!.Value.Line);
        Assert.Equal("zeros", ipl[0].StaleMnemonic);

        // 2: IPL1's READ at 0x08 over 0x2000 (IPL2's first CCW, a SEEK of line 6), reached by the TIC at 0x10.
        Assert.Equal(0x08u, ipl[1].Writer.Address);
        Assert.Equal(3, ipl[1].Writer.Span!.Value.Line);
        Assert.Equal(0x2000u, ipl[1].Victim.Address);
        Assert.Equal("SEEK", ipl[1].Victim.Mnemonic);
        Assert.Equal(0x10u, ipl[1].SplitTic!.Address);
        // Both are the IPL's own stages, which every DASD IPL has: information (CCW0207), not a warning.
        Assert.Equal("CCW0207,CCW0207", Chains.Ids(analysis));
    }

    [Fact]
    public void Hello_Ipl2OnItsOwnHasNoHazard()
    {
        // IPL2 reads a text record and a PSW: data, never CCWs it runs.
        var (_, analysis) = Chains.Analyze(Hello);
        Assert.Empty(analysis.HazardsOfProgram("ipl2"));
        Assert.Contains(analysis.Entries, e => e.Kind == ChainEntryKind.Program && e.Name == "ipl2");
        Assert.DoesNotContain(analysis.Entries, e => e.Name == "ipl1");
    }

    /// <summary>
    /// zipl CDL (s390-tools zipl/boot/eckd0_cdl.S, eckd1.S, eckd1b.S): stage 0 reads stage 1 (R2) to 0x18 and TICs there; stage 1 reads the
    /// stage 1b block to 0xE000 with a Search loop and TICs to it; stage 1b reads stage 2 data.
    /// </summary>
    internal const string ZiplCdl = """
        program stage0 format0 at 0
            psw 0x00080000_80002018
            READ next -> 0x18, CC, SLI, len 128
            TIC 0x18
        program stage1 format0 at 0x18
            READ cyl0 trk1 rec1 -> 0xE000, CC, SLI
            TIC 0xE000
        program stage1b format0 at 0xE000
            READ cyl0 trk2 rec1 -> 0x2000, SLI
        volume ZIPL01 3390 cylinders 1
            standard track0 ipl1=stage0 ipl2=stage1 vtoc cyl0 trk14
            record 0 1 1 data program stage1b
            record 0 2 1 data psw 0x000A0000_00000001
        """;

    [Fact]
    public void ZiplCdl_EveryHazardIsTheFormQemuSplits()
    {
        var (_, analysis) = Chains.Analyze(ZiplCdl);
        var ipl = analysis.HazardsOfIpl("ZIPL01").ToList();
        // READ IPL -> 0x08; IPL1 READ -> 0x18 through the TIC at 0x10; stage 1 READ_DATA (0x30) -> 0xE000 through the TIC at 0x38.
        Assert.Equal(new uint[] { 0x08, 0x18, 0xE000 }, ipl.Select(h => h.Victim.Address));
        Assert.All(ipl, h => Assert.Equal(PrefetchHazardKind.SafeWithBiosSplit, h.Kind));
        Assert.Equal(0x38u, ipl[2].SplitTic!.Address);
        Assert.Equal("stage1b", ipl[2].Victim.Program);
        // Started on its own, stage 1 has the same READ/TIC hazard.
        var own = Assert.Single(analysis.HazardsOfProgram("stage1"));
        Assert.Equal(0xE000u, own.Victim.Address);
    }

    /// <summary>
    /// zipl LDL stage 0 (s390-tools zipl/boot/eckd0_cdl.S, eckd1.S, eckd1b.S): no keys, R1 holds stage 0 and stage 1 together. CCW1 READ R0 into
    /// 0x2000 (back to index), CCW2 READ_DATA re-reads R1 into 0, and the chain runs on into 0x18, the
    /// stage 1 just read: no TIC, so nothing QEMU can split, and check_ipl1 refuses READ_R0 anyway.
    /// </summary>
    internal const string ZiplLdl = """
        program ldl format0 at 0
            psw 0x00080000_80002018
            READ_R0 0x2000, CC, SLI, len 16
            READ_DATA 0, CC, SLI, len 40
            NOP CC
            NOP
        volume LDL001 3390 cylinders 1
            record 0 0 1 data program ldl
        """;

    [Fact]
    public void ZiplLdl_IsNotBootableByQemuBios()
    {
        var (_, analysis) = Chains.Analyze(ZiplLdl);
        var ipl = analysis.HazardsOfIpl("LDL001").ToList();
        Assert.Equal(2, ipl.Count);
        Assert.All(ipl, h => Assert.Equal(PrefetchHazardKind.NotBootableByQemuBios, h.Kind));
        Assert.Contains("check_ipl1", ipl[0].Reason);
        // The second: READ_DATA at 0x10 stores R1 again over 0..0x27; 0x18 held zeros before and now the NOP of line 6.
        Assert.Equal(0x10u, ipl[1].Writer.Address);
        Assert.Equal(0x18u, ipl[1].Victim.Address);
        Assert.Equal("NOP", ipl[1].Victim.Mnemonic);
        Assert.Contains("command chaining", ipl[1].Reason);
        // And the volume as a whole: QEMU's own READ IPL (count 24, no SLI: dasd-ipl.c make_readipl) ends in
        // incorrect length on this 40-byte R1, said once, at IPL1's first CCW.
        Assert.Equal("CCW0203,CCW0208,CCW0203", Chains.Ids(analysis));
        Assert.Contains("in QEMU's READ IPL, incorrect length", analysis.Diagnostics.Single(d => d.Id == "CCW0208").Message);
    }
}
