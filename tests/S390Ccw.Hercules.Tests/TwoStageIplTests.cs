using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>The two-stage boot IPL1 → IPL2 on a hand-made volume (<see cref="IplTestVolumes.TwoStage"/>).</summary>
public sealed class TwoStageIplTests
{
    private static HerculesRun Run() => VolumeRuns.Ipl(
        IplTestVolumes.TwoStage(),
        "two-stage.log",
        new HerculesStorageRequest(0x0, 0x18),
        new HerculesStorageRequest(0x2000, 0x8),
        new HerculesStorageRequest(0x3000, 0x10),
        new HerculesStorageRequest(0xB8, 0x8));

    [HerculesFact]
    public void TwoStage_TraceIsReadIplThenReadThenTicThenRead()
    {
        HerculesRun run = Run();

        Assert.False(run.TimedOut, run.Log);
        Assert.Equal(4, run.Trace.Length);

        // The implied IPL CCW: READ IPL (0x02) to 0, CC|SLI, 24 bytes (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl step 2).
        HerculesCcwTraceEntry readIpl = run.Trace[0];
        Assert.Equal(Bytes.Of("02000000 60000018"), readIpl.Ccw);
        AssertStatus(readIpl, deviceStatus: 0x0C, subchannelStatus: 0x00, residual: 0);
        // It read R1's 24 data bytes to 0; Hercules shows the first 16 after the read.
        Assert.Equal(IplTestVolumes.Ipl1ReadingIpl2(8).Data[..16], readIpl.Status!.Data);

        // IPL1's CCW at 0x08: READ DATA of R2 (8 bytes) to 0x2000; CE|DE, nothing left over.
        HerculesCcwTraceEntry readIpl2 = run.Trace[1];
        Assert.Equal(Bytes.Of("06002000 60000008"), readIpl2.Ccw);
        AssertStatus(readIpl2, 0x0C, 0x00, 0);

        // IPL1's CCW at 0x10: the TIC is traced without a status line.
        HerculesCcwTraceEntry tic = run.Trace[2];
        Assert.Equal(Bytes.Of("08002000 00000000"), tic.Ccw);
        Assert.True(tic.IsTransferInChannel);
        Assert.Null(tic.Status);

        // IPL2 at 0x2000: READ DATA of R3 (16 bytes) to 0x3000, unchained: the chain ends here.
        HerculesCcwTraceEntry readR3 = run.Trace[3];
        Assert.Equal(Bytes.Of("06003000 00000010"), readR3.Ccw);
        AssertStatus(readR3, 0x0C, 0x00, 0);
        Assert.Equal(IplTestVolumes.Pattern, readR3.Status!.Data);
    }

    [HerculesFact]
    public void TwoStage_LoadsTheDisabledWaitPswFromIpl1()
    {
        HerculesRun run = Run();

        Assert.Null(run.IplFailure);
        Assert.Equal(IplTestVolumes.DisabledWaitPsw, run.FinalPsw);
        Assert.True(run.IsDisabledWait);
        Assert.Empty(run.Parsed.Errors);
    }

    [HerculesFact]
    public void TwoStage_StorageHoldsIpl1Ipl2AndThePattern()
    {
        HerculesRun run = Run();

        Assert.All(run.Storage, range => Assert.True(range.IsAvailable, range.ToString()));
        Assert.Equal(IplTestVolumes.Ipl1ReadingIpl2(8).Data, run.Storage[0].Bytes);
        Assert.Equal(Bytes.Of("06003000 00000010"), run.Storage[1].Bytes);
        Assert.Equal(IplTestVolumes.Pattern, run.Storage[2].Bytes);
    }

    [HerculesFact]
    public void TwoStage_StoresTheSubsystemIdentificationWord()
    {
        HerculesRun run = Run();

        // SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl step 7: 0x0001nnnn at 0xB8 (SSID bit 15 on, subchannel number; the only
        // device is subchannel 0), zeros at 0xBC.
        Assert.Equal(Bytes.Of("00010000 00000000"), run.Storage[3].Bytes);
    }

    private static void AssertStatus(HerculesCcwTraceEntry entry, byte deviceStatus, byte subchannelStatus, ushort residual)
    {
        Assert.NotNull(entry.Status);
        Assert.Equal(deviceStatus, entry.Status.DeviceStatus);
        Assert.Equal(subchannelStatus, entry.Status.SubchannelStatus);
        Assert.Equal(residual, entry.Status.Residual);
    }
}
