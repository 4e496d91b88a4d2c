using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>Suspend and resume (SA22-7832 ch. 15-16; Hercules channel.c suspend handling).</summary>
public sealed class SuspendResumeTests
{
    private static ChannelTestBed Suspended()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1,
            new Ccw(0x03, CcwFlags.ChainCommand | CcwFlags.SuppressLength, 1, 0),
            new Ccw(0x03, CcwFlags.Suspend | CcwFlags.SuppressLength, 1, 0));
        var result = bed.Start(Orb.For(0x1000) with { SuspendControl = true });
        Assert.Equal(ChannelProgramOutcome.Suspended, result.Outcome);
        return bed;
    }

    [Fact]
    public void SuspendFlag_StopsBeforeTheCcw()
    {
        var bed = Suspended();
        Assert.Single(bed.Device.Commands);
        var scsw = bed.Test();
        Assert.Equal(ActivityControl.Suspended, scsw.Activity);
        Assert.Equal(StatusControl.Intermediate | StatusControl.StatusPending, scsw.Status);
        Assert.Equal(0x1010u, scsw.CcwAddress);
        Assert.Equal(1, scsw.ResidualCount);
        Assert.True(bed.Subchannel.IsSuspended);
    }

    [Fact]
    public void Resume_RefetchesTheSuspendedCcw()
    {
        var bed = Suspended();
        bed.Test();
        // Still suspended: the program clears the flag before resuming (PoP: the CCW is fetched again).
        bed.Put(0x1008, CcwFormat.Format1, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        var result = bed.Channel.ResumeSubchannel(ChannelTestBed.DeviceNumber);
        Assert.Equal(ConditionCode.Zero, result.ConditionCode);
        Assert.Equal(ChannelProgramOutcome.Completed, result.Outcome);
        Assert.Equal(0x1010u, bed.Test().CcwAddress);
        Assert.Equal(2, bed.Device.Commands.Count);
        Assert.Equal(2, bed.Device.Begins);
    }

    [Fact]
    public void ResumeWithStatusPending_IsConditionCode1()
    {
        var bed = Suspended();
        Assert.Equal(ConditionCode.One, bed.Channel.ResumeSubchannel(ChannelTestBed.DeviceNumber).ConditionCode);
    }

    [Fact]
    public void StartWhileSuspended_IsConditionCode2()
    {
        var bed = Suspended();
        bed.Test();
        Assert.Equal(ConditionCode.Two, bed.Start(0x1000).ConditionCode);
    }

    [Fact]
    public void ResumeWhenNotSuspended_IsConditionCode2()
    {
        var bed = new ChannelTestBed();
        Assert.Equal(ConditionCode.Two, bed.Channel.ResumeSubchannel(ChannelTestBed.DeviceNumber).ConditionCode);
    }

    [Fact]
    public void OrbU_SuppressesTheSuspendedInterruption()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x03, CcwFlags.Suspend | CcwFlags.SuppressLength, 1, 0));
        bed.Start(Orb.For(0x1000) with { SuspendControl = true, SuppressSuspendedInterruption = true });
        Assert.False(bed.Subchannel.IsStatusPending);
        Assert.True(bed.Subchannel.IsSuspended);
    }
}
