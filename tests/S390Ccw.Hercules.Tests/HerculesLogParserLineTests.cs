using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>The parser's line rules, one at a time, on short hand-written logs.</summary>
public sealed class HerculesLogParserLineTests
{
    [Fact]
    public void LinesWithoutMessageIdOrDevice_ParseAsTrace()
    {
        // The "hercules" rendering of another tracer carries only the fields (issue 4).
        HerculesLog log = HerculesLogParser.Parse("CCW=06002000 60000008\nStat=0C40 Count=0010\n");

        HerculesCcwTraceEntry entry = Assert.Single(log.Trace);
        Assert.Null(entry.DeviceNumber);
        Assert.Equal(0x06, entry.Command);
        Assert.Equal(0x2000u, entry.Format0DataAddress);
        Assert.Equal(0x60, entry.Format0Flags);
        Assert.Equal(8, entry.Format0Count);
        Assert.Equal(0x0C, entry.Status!.DeviceStatus);
        Assert.Equal(0x40, entry.Status.SubchannelStatus);
        Assert.Equal(0x10, entry.Status.Residual);
        Assert.True(entry.Data.IsEmpty);
    }

    [Fact]
    public void StatLineWithoutCcwLine_IsIgnored()
    {
        HerculesLog log = HerculesLogParser.Parse("HHCCP075I 0120:Stat=0C00 Count=0000 \n");

        Assert.Empty(log.Trace);
    }

    [Fact]
    public void SecondStatLineForOneCcw_DoesNotReplaceTheFirst()
    {
        HerculesLog log = HerculesLogParser.Parse(
            "HHCCP048I 0120:CCW=03000000 00000001=>00000000 00000000 00000000 00000000 ................\n"
            + "HHCCP075I 0120:Stat=0C00 Count=0001 \n"
            + "HHCCP075I 0120:Stat=0E00 Count=0001 \n");

        Assert.Equal((ushort)0x0C00, Assert.Single(log.Trace).Status!.Combined);
    }

    [Fact]
    public void CrLfLineEnds_AreAccepted()
    {
        HerculesLog log = HerculesLogParser.Parse("PSW=000A0000 0000BEEF\r\nR:00003000:K:06=A0A1A2A3 A4A5A6A7 A8A9AAAB ACADAEAF  .~stuvwxyz...[..\r\n");

        Assert.Equal(IplTestVolumes.DisabledWaitPsw, log.FinalPsw);
        Assert.True(log.TryReadStorage(0x3000, 16, out var bytes));
        Assert.Equal(IplTestVolumes.Pattern, bytes);
    }

    [Fact]
    public void InvalidAddressRow_GivesNoBytes()
    {
        HerculesLog log = HerculesLogParser.Parse("R:01000000: Real address is not valid\n");

        HerculesStorageRow row = Assert.Single(log.StorageRows);
        Assert.False(row.IsValid);
        Assert.Equal(0x01000000u, row.Address);
        Assert.False(log.TryReadStorage(0x01000000, 1, out _));
    }

    [Fact]
    public void DeviceNotInConfiguration_IsItsOwnFailureKind()
    {
        HerculesLog log = HerculesLogParser.Parse(
            "HHCDA002E 0120:File not found or invalid '/nowhere.3390'\n"
            + "HHCCF044E Initialization failed for device 0120\n"
            + "ipl 0120\n"
            + "HHCCP027E Device 0120 not in configuration\n");

        Assert.Equal(HerculesIplFailureKind.DeviceNotInConfiguration, log.IplFailure?.Kind);
        Assert.Equal(3, log.Errors.Length);
        Assert.Equal(4, log.IplFailure?.LineNumber);
    }

    [Fact]
    public void UnknownIplFailureText_IsKindOther()
    {
        HerculesLog log = HerculesLogParser.Parse("HHCCP099E ESA/390 mode IPL failed: something new\n");

        Assert.Equal(HerculesIplFailureKind.Other, log.IplFailure?.Kind);
    }

    [Fact]
    public void Garbage_ParsesToNothingWithoutThrowing()
    {
        HerculesLog log = HerculesLogParser.Parse("CCW=zz\nStat=\nR:1234\nPSW=\n\0\u00ff HHCCP048I 0120:CCW=0600\n");

        Assert.Empty(log.Trace);
        Assert.Empty(log.StorageRows);
        Assert.True(log.FinalPsw.IsEmpty);
        Assert.Null(log.IplFailure);
    }

    [Fact]
    public void EbcdicTextAfterData_IsNotTakenForHex()
    {
        // The translation column may itself look like hex; only four groups are data.
        HerculesLog log = HerculesLogParser.Parse(
            "HHCCP048I 0120:CCW=06002000 60000008=>C1C2C3C4 C1C2C3C4 C1C2C3C4 C1C2C3C4 ABCDABCDABCDABCD\n");

        Assert.Equal(16, Assert.Single(log.Trace).Data.Length);
    }
}
