using System.Linq;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>
/// IPL chains that end abnormally, and what Hercules 3.13 reports for them: unit check with
/// sense, incorrect length, program check. An IPL succeeds only on CE+DE with no subchannel
/// status (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl step 6), so each of these fails with HHCCP029E and the CSW status.
/// </summary>
public sealed class ChainErrorIplTests
{
    private const byte ChannelEndDeviceEnd = 0x0C;
    private const byte UnitCheck = 0x02;
    private const byte IncorrectLength = 0x40;
    private const byte ProgramCheck = 0x20;
    private const byte SuppressLength = 0x20;

    [HerculesFact]
    public void MissingRecord_SearchLoopEndsInUnitCheckWithNoRecordFound()
    {
        HerculesRun run = VolumeRuns.Ipl(IplTestVolumes.SearchForMissingRecord(), "search-missing-record.log",
            new HerculesStorageRequest(0x3000, 0x10));

        // READ IPL, READ of IPL2, IPL1's TIC, then the SEARCH / TIC loop.
        HerculesCcwTraceEntry[] loop = run.Trace.Skip(3).ToArray();
        HerculesCcwTraceEntry[] searches = loop.Where(entry => entry.Command == 0x31).ToArray();
        Assert.All(loop.Where(entry => entry.Command != 0x31), entry => Assert.Equal(Bytes.Of("08002000 00000000"), entry.Ccw));

        // The search compares R3 (the record after R2), passes the index once, compares R0, R1,
        // R2 and R3, and at the second index point ends with No Record Found (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count;
        // Search ID does not skip R0, IBM 3390 track format, home address, R0 and count area (GC26-4577)): six searches, the last one unit check.
        Assert.Equal(6, searches.Length);
        Assert.All(searches[..5], search =>
        {
            Assert.Equal(ChannelEndDeviceEnd, search.Status!.DeviceStatus);
            Assert.Equal(0, search.Status.SubchannelStatus);
            Assert.Equal(0, search.Status.Residual); // the 5-byte argument was sent
        });

        HerculesCcwTraceEntry last = searches[^1];
        Assert.Same(run.Trace[^1], last);
        Assert.Equal(ChannelEndDeviceEnd | UnitCheck, last.Status!.DeviceStatus);
        Assert.Equal(0, last.Status.SubchannelStatus);
        // Observed: Hercules 3.13 reports the whole count as residual on this unit check.
        Assert.Equal(5, last.Status.Residual);
        // Sense byte 1 bit 0x08 is No Record Found (GA32-0274, sense bytes; Hercules ckddasd.c ckd_build_sense); 3.13 prints 24 sense bytes.
        Assert.Equal(24, last.Sense.Length);
        Assert.Equal(0x00, last.Sense[0]);
        Assert.Equal(0x08, last.Sense[1]);
        Assert.Equal("NRF", last.SenseText);

        HerculesIplFailure failure = Assert.IsType<HerculesIplFailure>(run.IplFailure);
        Assert.Equal(HerculesIplFailureKind.IoError, failure.Kind);
        Assert.Equal((ushort)0x0E00, failure.Status);
        Assert.Equal(last.Sense.AsSpan().ToArray(), failure.Sense);
        // The READ after the TIC never ran: 0x3000 is untouched.
        Assert.Equal(new byte[16], run.Storage[0].Bytes);
    }

    [HerculesFact]
    public void ReadLongerRecordWithoutSli_IsIncorrectLengthWithZeroResidual()
    {
        HerculesRun run = VolumeRuns.Ipl(IplTestVolumes.ReadR3(count: 8, flags: 0), "incorrect-length-long.log",
            new HerculesStorageRequest(0x3000, 0x10));

        // R3 has 16 bytes and the CCW asks for 8: all 8 move (residual 0) and the device had
        // more, which is incorrect length without SLI (SA22-7832 ch. 16, "Incorrect Length").
        HerculesCcwTraceEntry read = run.Trace[^1];
        Assert.Equal(Bytes.Of("06003000 00000008"), read.Ccw);
        Assert.Equal(ChannelEndDeviceEnd, read.Status!.DeviceStatus);
        Assert.Equal(IncorrectLength, read.Status.SubchannelStatus);
        Assert.Equal(0, read.Status.Residual);
        Assert.Equal(IplTestVolumes.Pattern[..8].Concat(new byte[8]), run.Storage[0].Bytes);

        HerculesIplFailure failure = Assert.IsType<HerculesIplFailure>(run.IplFailure);
        Assert.Equal(HerculesIplFailureKind.IoError, failure.Kind);
        Assert.Equal((ushort)0x0C40, failure.Status);
        Assert.NotEqual(IplTestVolumes.DisabledWaitPsw, run.FinalPsw);
    }

    [HerculesFact]
    public void ReadShorterRecordWithoutSli_IsIncorrectLengthWithResidual()
    {
        HerculesRun run = VolumeRuns.Ipl(IplTestVolumes.ReadR3(count: 0x20, flags: 0), "incorrect-length-short.log");

        // 32 asked, 16 in the record: residual 32 - 16 = 16, incorrect length.
        HerculesCcwTraceEntry read = run.Trace[^1];
        Assert.Equal(ChannelEndDeviceEnd, read.Status!.DeviceStatus);
        Assert.Equal(IncorrectLength, read.Status.SubchannelStatus);
        Assert.Equal(0x10, read.Status.Residual);
        Assert.Equal(HerculesIplFailureKind.IoError, run.IplFailure?.Kind);
        Assert.Equal((ushort)0x0C40, run.IplFailure?.Status);
    }

    [HerculesFact]
    public void ReadShorterRecordWithSli_EndsNormallyAndLoadsThePsw()
    {
        HerculesRun run = VolumeRuns.Ipl(IplTestVolumes.ReadR3(count: 0x20, flags: SuppressLength), "suppress-length-short.log");

        // SLI suppresses the indication; the residual is still reported (SA22-7832 ch. 16, "Incorrect Length").
        HerculesCcwTraceEntry read = run.Trace[^1];
        Assert.Equal(ChannelEndDeviceEnd, read.Status!.DeviceStatus);
        Assert.Equal(0, read.Status.SubchannelStatus);
        Assert.Equal(0x10, read.Status.Residual);
        Assert.Null(run.IplFailure);
        Assert.Equal(IplTestVolumes.DisabledWaitPsw, run.FinalPsw);
    }

    [HerculesFact]
    public void TicToTic_IsProgramCheckWithoutStatusLine()
    {
        HerculesRun run = VolumeRuns.Ipl(IplTestVolumes.TicToTic(), "tic-to-tic.log");

        // IPL1's TIC (at 0x10) lands on the TIC at 0x2000: TIC to TIC, program check (SA22-7832 ch. 15, "Transfer in Channel").
        Assert.Equal(4, run.Trace.Length);
        Assert.Equal(Bytes.Of("08002000 00000000"), run.Trace[2].Ccw);
        Assert.Equal(Bytes.Of("08002008 00000000"), run.Trace[3].Ccw);
        Assert.Null(run.Trace[3].Status);

        HerculesIplFailure failure = Assert.IsType<HerculesIplFailure>(run.IplFailure);
        Assert.Equal(HerculesIplFailureKind.IoError, failure.Kind);
        Assert.Equal((byte)0, failure.DeviceStatus);
        Assert.Equal(ProgramCheck, failure.SubchannelStatus);
    }
}
