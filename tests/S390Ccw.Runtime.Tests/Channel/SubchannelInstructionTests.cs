using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>Condition codes and exceptions of SSCH and TSCH (SA22-7832 ch. 15, "Operation-Request Block").</summary>
public sealed class SubchannelInstructionTests
{
    [Fact]
    public void StartWithStatusPending_IsConditionCode1()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        Assert.Equal(ConditionCode.Zero, bed.Start(0x1000).ConditionCode);
        Assert.Equal(ConditionCode.One, bed.Start(0x1000).ConditionCode);
        bed.Test();
        Assert.Equal(ConditionCode.Zero, bed.Start(0x1000).ConditionCode);
    }

    [Fact]
    public void UnknownDevice_IsConditionCode3()
    {
        var bed = new ChannelTestBed();
        Assert.Equal(ConditionCode.Three, bed.Channel.StartSubchannel(0x0999, Orb.For(0x1000)).ConditionCode);
        Assert.Equal(ConditionCode.Three, bed.Channel.TestSubchannel(0x0999).ConditionCode);
    }

    [Fact]
    public void NoPathInLpm_IsConditionCode3() =>
        Assert.Equal(ConditionCode.Three, new ChannelTestBed().Start(Orb.For(0x1000) with { LogicalPathMask = 0 }).ConditionCode);

    [Fact]
    public void TestWithoutStatus_IsConditionCode1()
    {
        var bed = new ChannelTestBed();
        Assert.Equal(ConditionCode.One, bed.Channel.TestSubchannel(ChannelTestBed.DeviceNumber).ConditionCode);
    }

    [Fact]
    public void Test_ClearsTheStatus()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Start(0x1000);
        bed.Test();
        Assert.False(bed.Subchannel.IsStatusPending);
        Assert.Equal(FunctionControl.None, bed.Subchannel.Scsw.Function);
    }

    [Fact]
    public void TransportModeOrb_IsOperandException()
    {
        var result = new ChannelTestBed().Start(Orb.For(0x1000) with { TransportMode = true });
        Assert.Equal(InstructionException.Operand, result.Exception);
        Assert.Equal(ChannelProgramOutcome.NotStarted, result.Outcome);
    }

    [Fact]
    public void OrbFromStorage_IsParsedAndMisalignmentIsSpecification()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Storage.Write(0x500, (Orb.For(0x1000) with { InterruptionParameter = 0xCAFE }).ToBytes());
        Assert.Equal(InstructionException.Specification, bed.Channel.StartSubchannel(ChannelTestBed.DeviceNumber, 0x502u).Exception);
        var result = bed.Channel.StartSubchannel(ChannelTestBed.DeviceNumber, 0x500u);
        Assert.Equal(ConditionCode.Zero, result.ConditionCode);
        Assert.Equal(0xCAFEu, bed.Subchannel.InterruptionParameter);
    }

    [Fact]
    public void OrbFlags_AreReflectedInTheScsw()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[4];
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.None, 4, 0x3000));
        bed.Start(Orb.For(0x1000, key: 3) with { Prefetch = true, InitialStatusInterruption = true });
        var scsw = bed.Test();
        Assert.True(scsw.Prefetch);
        Assert.Equal(CcwFormat.Format1, scsw.Format);
        Assert.Equal(3, scsw.Key);
        Assert.True(scsw.InitialStatusInterruption);
        Assert.True(scsw.ZeroConditionCode);
    }

    [Fact]
    public void ConcurrentSense_PutsTheSenseInTheIrb()
    {
        var bed = new ChannelTestBed();
        bed.Subchannel.ConcurrentSense = true;
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x05, CcwFlags.None, 4, 0x3000));
        bed.Start(0x1000);
        var irb = bed.Channel.TestSubchannel(ChannelTestBed.DeviceNumber).Irb!;
        Assert.True(irb.Scsw.ExtendedControl);
        Assert.True(irb.ConcurrentSense);
        Assert.Equal(0x80, irb.Sense[0]);
        Assert.Equal(32, irb.Sense.Length);
    }
}
