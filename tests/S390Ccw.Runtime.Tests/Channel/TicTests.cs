using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>TIC rules, SA22-7832 ch. 15, "Transfer in Channel".</summary>
public sealed class TicTests
{
    private static readonly CcwFlags CC = CcwFlags.ChainCommand;

    [Fact]
    public void TicToTic_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x08, CcwFlags.None, 0, 0x1008), new Ccw(0x08, CcwFlags.None, 0, 0x1010));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.ProgramCheck, scsw.SubchannelStatus);
        Assert.Equal(0x1010u, scsw.CcwAddress);
        Assert.Empty(bed.Device.Commands);
    }

    [Fact]
    public void TicTargetOffAWord_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x08, CcwFlags.None, 0, 0x1102));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void FetchFailureAfterTic_ReportsTheTicAddressPlus8()
    {
        // Target 0x1104 is word- but not doubleword-aligned: the TIC passes, the fetch fails, and
        // the SCSW points after the TIC (Hercules backs up to ticaddr, SA22-7832 ch. 15, "Transfer in Channel").
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x03, CC | CcwFlags.SuppressLength, 1, 0), new Ccw(0x08, CcwFlags.None, 0, 0x1104));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.ProgramCheck, scsw.SubchannelStatus);
        Assert.Equal(0x1010u, scsw.CcwAddress);
    }

    [Fact]
    public void Format1TicWithFlagsOrCount_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x08, CcwFlags.None, 8, 0x1100));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Test().SubchannelStatus);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x08, CC, 0, 0x1100));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void Format0Tic_IgnoresTopNibbleFlagsAndCount()
    {
        // Format-0 0x18 with flags and count is still a TIC to the 24-bit address (SA22-7832 ch. 15, "Command Code"; Hercules esa390.h IS_CCW_*).
        var bed = new ChannelTestBed();
        bed.Storage.Write(0x1000, new byte[] { 0x18, 0x00, 0x11, 0x00, 0xFF, 0x00, 0x12, 0x34 });
        bed.Put(0x1100, CcwFormat.Format0, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Start(0x1000, CcwFormat.Format0);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(0x1108u, scsw.CcwAddress);
    }

    [Fact]
    public void Format1Code18_IsNotATicButInvalid()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x18, CcwFlags.None, 0, 0x1100));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void FirstCcwMayBeATic()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x08, CcwFlags.None, 0, 0x1100));
        bed.Put(0x1100, CcwFormat.Format1, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
        Assert.Single(bed.Device.Commands);
    }
}
