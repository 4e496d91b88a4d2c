using System.Linq;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>
/// The parser on saved Hercules 3.13 logs (Fixtures/README.md); these run without Hercules. The
/// expected values follow from the volumes in <see cref="IplTestVolumes"/> and the architecture.
/// </summary>
public sealed class HerculesLogParserTests
{
    [Fact]
    public void TwoStageLog_TraceHasFourCcwsAndOnlyTheTicLacksStatus()
    {
        HerculesLog log = HerculesLogParser.Parse(FixtureLogs.Load("two-stage.log"));

        Assert.Equal(
            new[] { "02000000 60000018", "06002000 60000008", "08002000 00000000", "06003000 00000010" },
            log.Trace.Select(entry => Hex.Format(entry.Ccw.AsSpan())));
        Assert.Equal(new[] { true, true, false, true }, log.Trace.Select(entry => entry.Status is not null));
        Assert.All(log.Trace, entry => Assert.Equal((ushort?)0x0120, entry.DeviceNumber));
    }

    [Fact]
    public void TwoStageLog_CcwLineShowsStorageBeforeTheReadAndStatLineAfterIt()
    {
        HerculesLog log = HerculesLogParser.Parse(FixtureLogs.Load("two-stage.log"));
        HerculesCcwTraceEntry readR3 = log.Trace[3];

        // 0x3000 held zeros before IPL2's READ and R3's 16 bytes after it.
        Assert.Equal(new byte[16], readR3.Data);
        Assert.Equal(IplTestVolumes.Pattern, readR3.Status!.Data);
        Assert.Equal((ushort)0x0C00, readR3.Status.Combined);
        Assert.Equal(0, readR3.Status.Residual);
    }

    [Fact]
    public void TwoStageLog_FinalPswIsIpl1sDisabledWait()
    {
        HerculesLog log = HerculesLogParser.Parse(FixtureLogs.Load("two-stage.log"));

        Assert.Equal(IplTestVolumes.DisabledWaitPsw, log.FinalPsw);
        Assert.True(log.DisabledWaitReported);
        Assert.Null(log.IplFailure);
        Assert.Empty(log.Errors);
    }

    [Fact]
    public void TwoStageLog_StorageRowsAreSixteenBytesFromTheRequestedAddress()
    {
        HerculesLog log = HerculesLogParser.Parse(FixtureLogs.Load("two-stage.log"));

        // r 0.18 shows two rows; r 2000.8, r 3000.10 and r B8.8 one row each, always 16 bytes.
        Assert.Equal(new uint[] { 0x0, 0x10, 0x2000, 0x3000, 0xB8 }, log.StorageRows.Select(row => row.Address));
        Assert.All(log.StorageRows, row => Assert.Equal(16, row.Bytes.Length));
        Assert.True(log.TryReadStorage(0x3000, 16, out var pattern));
        Assert.Equal(IplTestVolumes.Pattern, pattern);
        Assert.True(log.TryReadStorage(0x0, 24, out var ipl1));
        Assert.Equal(IplTestVolumes.Ipl1ReadingIpl2(8).Data, ipl1);
        Assert.False(log.TryReadStorage(0x3010, 1, out _));
    }

    [Fact]
    public void InterleavedLog_RowInsideHhccp011iContinuationIsStillRead()
    {
        HerculesLog log = HerculesLogParser.Parse(FixtureLogs.Load("two-stage-interleaved.log"));

        // The row for address 0 is printed after HHCCP011I's ten-blank continuation.
        Assert.Contains(log.StorageRows, row => row.Address == 0);
        Assert.True(log.TryReadStorage(0x0, 8, out var psw));
        Assert.Equal(IplTestVolumes.DisabledWaitPsw, psw);
        Assert.Equal(IplTestVolumes.DisabledWaitPsw, log.FinalPsw);
        Assert.Equal(4, log.Trace.Length);
    }

    [Fact]
    public void DasdinitLog_IsReadIplThenNopThenInvalidPsw()
    {
        HerculesLog log = HerculesLogParser.Parse(FixtureLogs.Load("dasdinit-default.log"));

        Assert.Equal(2, log.Trace.Length);
        Assert.Equal(Bytes.Of("02000000 60000018"), log.Trace[0].Ccw);
        Assert.Equal(0x03, log.Trace[1].Command);
        HerculesIplFailure failure = Assert.IsType<HerculesIplFailure>(log.IplFailure);
        Assert.Equal(HerculesIplFailureKind.InvalidPsw, failure.Kind);
        // The rejected PSW is the one READ IPL brought in (first 8 bytes of R1's data).
        Assert.Equal(log.Trace[0].Status!.Data.AsSpan(0, 8).ToArray(), failure.Psw);
        Assert.Equal(0, failure.Psw[1] & 0x08); // bit 12 off (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format))
    }

    [Fact]
    public void SearchMissingRecordLog_LastSearchCarriesUnitCheckAndSense()
    {
        HerculesLog log = HerculesLogParser.Parse(FixtureLogs.Load("search-missing-record.log"));
        HerculesCcwTraceEntry last = log.Trace[^1];

        Assert.Equal(0x31, last.Command);
        Assert.Equal((ushort)0x0E00, last.Status!.Combined);
        Assert.Equal(0x08, last.Sense[1]);
        Assert.Equal("NRF", last.SenseText);
        // Only the failing CCW has sense bytes.
        Assert.All(log.Trace.Take(log.Trace.Length - 1), entry => Assert.True(entry.Sense.IsEmpty));
        HerculesIplFailure failure = Assert.IsType<HerculesIplFailure>(log.IplFailure);
        Assert.Equal((byte?)0x0E, failure.DeviceStatus);
        Assert.Equal((byte?)0x00, failure.SubchannelStatus);
        Assert.Equal(last.Sense.AsSpan().ToArray(), failure.Sense);
    }

    [Fact]
    public void IncorrectLengthLogs_StatusIsIncorrectLengthWithTheResidual()
    {
        HerculesLog longer = HerculesLogParser.Parse(FixtureLogs.Load("incorrect-length-long.log"));
        HerculesLog shorter = HerculesLogParser.Parse(FixtureLogs.Load("incorrect-length-short.log"));
        HerculesLog suppressed = HerculesLogParser.Parse(FixtureLogs.Load("suppress-length-short.log"));

        Assert.Equal((ushort)0x0C40, longer.Trace[^1].Status!.Combined);
        Assert.Equal(0, longer.Trace[^1].Status!.Residual);
        Assert.Equal((ushort)0x0C40, shorter.Trace[^1].Status!.Combined);
        Assert.Equal(0x10, shorter.Trace[^1].Status!.Residual);
        Assert.Equal((ushort)0x0C00, suppressed.Trace[^1].Status!.Combined);
        Assert.Equal(0x10, suppressed.Trace[^1].Status!.Residual);
        Assert.Equal((ushort?)0x0C40, longer.IplFailure?.Status);
        Assert.Null(suppressed.IplFailure);
    }

    [Fact]
    public void TicToTicLog_IsProgramCheckAndTheSecondTicHasNoStatus()
    {
        HerculesLog log = HerculesLogParser.Parse(FixtureLogs.Load("tic-to-tic.log"));

        Assert.True(log.Trace[^1].IsTransferInChannel);
        Assert.Null(log.Trace[^1].Status);
        Assert.Equal((ushort?)0x0020, log.IplFailure?.Status);
    }

    [Fact]
    public void ZiplStyleLog_MatchingSearchHasStatusModifierAndTicsAreSkipped()
    {
        HerculesLog log = HerculesLogParser.Parse(FixtureLogs.Load("zipl-style.log"));

        // READ IPL, READ IPL2, TIC, SEEK, 5 searches with 4 TICs between, READ R4, TIC, READ CKD, READ KD.
        Assert.Equal(17, log.Trace.Length);
        Assert.Equal((ushort)0x4C00, log.Trace[12].Status!.Combined);
        Assert.Equal(0x06, log.Trace[13].Command);
        Assert.Equal(new[] { 0x2C, 0x34 }, log.Trace.TakeLast(2).Select(entry => (int)entry.Status!.Residual));
        Assert.Equal(log.Trace.Count(entry => entry.IsTransferInChannel), log.Trace.Count(entry => entry.Status is null));
    }
}
