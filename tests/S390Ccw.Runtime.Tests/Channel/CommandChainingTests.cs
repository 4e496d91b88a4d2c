using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

public sealed class CommandChainingTests
{
    private static readonly CcwFlags CC = CcwFlags.ChainCommand;

    [Fact]
    public void TwoChainedReads_EndWithCcwAddressOfLastPlus8()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 0xC1, 0xC2, 0xC3, 0xC4 };
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CC, 4, 0x3000), new Ccw(0x02, CcwFlags.None, 4, 0x3004));
        var result = bed.Start(0x1000);
        Assert.Equal(ConditionCode.Zero, result.ConditionCode);
        Assert.Equal(ChannelProgramOutcome.Completed, result.Outcome);
        var scsw = bed.Test();
        // SA22-7832 ch. 16, "Subchannel-Status Word": CCW address = last CCW used (0x1008) + 8; CE|DE; no subchannel status.
        Assert.Equal(0x1010u, scsw.CcwAddress);
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(StatusControl.Primary | StatusControl.Secondary | StatusControl.StatusPending, scsw.Status);
        Assert.Equal(new byte[] { 0xC1, 0xC2, 0xC3, 0xC4, 0xC1, 0xC2, 0xC3, 0xC4 }, bed.Storage.ReadBytes(0x3000, 8));
        Assert.Equal(2, bed.Device.Commands.Count);
        Assert.False(bed.Device.Commands[0].CommandChained);
        Assert.True(bed.Device.Commands[1].CommandChained);
        Assert.Equal(0x02, bed.Device.Commands[1].PreviousCode);
        Assert.Equal(1, bed.Device.Begins);
    }

    [Fact]
    public void StatusModifier_SkipsOneCcw()
    {
        // Search (CC) matches with CE|DE|SM, so the TIC after it is skipped and the read at +16
        // runs (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count, the Search + TIC loop idiom).
        var bed = new ChannelTestBed();
        bed.Device.SearchKey = new byte[] { 0, 0, 0, 1, 3 };
        bed.Device.ReadData = new byte[] { 9 };
        bed.Storage.Write(0x2000, bed.Device.SearchKey);
        bed.Put(0x1000, CcwFormat.Format1,
            new Ccw(0x31, CC, 5, 0x2000),
            new Ccw(0x08, CcwFlags.None, 0, 0x1000),
            new Ccw(0x02, CcwFlags.None, 1, 0x3000));
        var result = bed.Start(0x1000);
        Assert.Equal(2, result.CcwCount);
        Assert.Equal(0x1018u, bed.Test().CcwAddress);
        Assert.Equal(9, bed.Storage.ReadByte(0x3000));
    }

    [Fact]
    public void SearchLoopWithoutMatch_IsStoppedByTheBudget()
    {
        // Search, TIC, Search, TIC, ...: with a budget of 101 CCWs the 101st is the 51st search.
        var loop = new ChannelTestBed(budget: 101);
        loop.Device.SearchKey = new byte[] { 1, 1, 1, 1, 1 };
        loop.Put(0x1000, CcwFormat.Format1, new Ccw(0x31, CC, 5, 0x2000), new Ccw(0x08, CcwFlags.None, 0, 0x1000));
        var spun = loop.Start(0x1000);
        Assert.Equal(ChannelProgramOutcome.BudgetExceeded, spun.Outcome);
        Assert.Equal(101, spun.CcwCount);
        Assert.Equal(51, loop.Device.Commands.Count);
        Assert.Equal(FunctionControl.Start | FunctionControl.Halt, spun.Scsw.Function);
        Assert.True(loop.Subchannel.IsStatusPending);
    }

    [Fact]
    public void MatchingSearch_SkipsTheTicBackToIt()
    {
        var bed = new ChannelTestBed();
        var tracer = new RecordingTracer();
        bed.Channel.Tracer = tracer;
        bed.Device.SearchKey = new byte[] { 1, 1, 1, 1, 1 };
        bed.Storage.Write(0x2000, bed.Device.SearchKey);
        bed.Put(0x1000, CcwFormat.Format1,
            new Ccw(0x31, CC, 5, 0x2000),
            new Ccw(0x08, CcwFlags.None, 0, 0x1000),
            new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Start(0x1000);
        Assert.Equal(new[] { "SEARCH_ID_EQ", "NOP" }, tracer.Mnemonics);
    }

    [Fact]
    public void UnitCheck_EndsTheChainAtThatCcw()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x05, CC, 4, 0x3000), new Ccw(0x02, CcwFlags.None, 4, 0x3000));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(0x1008u, scsw.CcwAddress);
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, scsw.DeviceStatus);
        Assert.True((scsw.Status & StatusControl.Alert) != 0);
        // Hercules: a command reject before any data moved reports residual 0 and no IL.
        Assert.Equal(0, scsw.ResidualCount);
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Single(bed.Device.Commands);
    }

    [Fact]
    public void EachStart_ResetsTheDeviceChain()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Start(0x1000);
        bed.Test();
        bed.Start(0x1000);
        Assert.Equal(2, bed.Device.Begins);
        Assert.Equal(0, bed.Device.Commands[1].Sequence);
    }
}
