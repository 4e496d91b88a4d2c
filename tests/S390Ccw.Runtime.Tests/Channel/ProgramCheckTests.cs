using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>Channel program checks of SA22-7832 ch. 15, count and data address; ch. 16, "Program Check", none of which may reach the device.</summary>
public sealed class ProgramCheckTests
{
    private static Scsw RunOne(Ccw ccw, CcwFormat format = CcwFormat.Format1, uint at = 0x1000)
    {
        var bed = new ChannelTestBed();
        bed.Put(at, format, ccw);
        bed.Start(at, format);
        Assert.Empty(bed.Device.Commands);
        return bed.Test();
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x10)]
    [InlineData(0xF0)]
    public void CommandCodeWithLowNibbleZero_IsProgramCheck(byte code)
    {
        var scsw = RunOne(new Ccw(code, CcwFlags.None, 4, 0x3000));
        Assert.Equal(SubchannelStatus.ProgramCheck, scsw.SubchannelStatus);
        Assert.Equal(0x1008u, scsw.CcwAddress);
    }

    [Fact]
    public void Format0CountZero_IsProgramCheck() =>
        Assert.Equal(SubchannelStatus.ProgramCheck, RunOne(new Ccw(0x02, CcwFlags.None, 0, 0x3000), CcwFormat.Format0).SubchannelStatus);

    [Fact]
    public void Format1CountZeroWithChainData_IsProgramCheck() =>
        Assert.Equal(SubchannelStatus.ProgramCheck, RunOne(new Ccw(0x02, CcwFlags.ChainData, 0, 0x3000)).SubchannelStatus);

    [Fact]
    public void Format1CountZero_IsAllowed()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.SuppressLength, 0, 0xFFFF_FFF0 & 0x7FFF_FFF0));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
        Assert.Single(bed.Device.Commands);
    }

    [Fact]
    public void DataAreaPastStorage_IsProgramCheck() =>
        Assert.Equal(SubchannelStatus.ProgramCheck, RunOne(new Ccw(0x02, CcwFlags.None, 16, 0x0FFFF8)).SubchannelStatus);

    [Fact]
    public void Format1DataAddressBit0_IsProgramCheck() =>
        Assert.Equal(SubchannelStatus.ProgramCheck, RunOne(new Ccw(0x02, CcwFlags.None, 4, 0x8000_1000)).SubchannelStatus);

    [Fact]
    public void Format0AreaCrossing16MB_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        var big = new S390Ccw.Runtime.Storage.GuestStorage(32 * 1024 * 1024);
        var channel = new ChannelSubsystem(big);
        var device = new FakeDevice();
        channel.Attach(0x200, device);
        big.Write(0x1000, new Ccw(0x02, CcwFlags.None, 16, 0xFFFFF8).ToBytes(CcwFormat.Format0));
        channel.StartSubchannel(0x200, Orb.For(0x1000, CcwFormat.Format0));
        Assert.Equal(SubchannelStatus.ProgramCheck, channel.TestSubchannel(0x200).Irb!.Scsw.SubchannelStatus);
        Assert.Empty(device.Commands);
    }

    [Fact]
    public void CcwAddressOffADoubleword_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        bed.Start(0x1004);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.ProgramCheck, scsw.SubchannelStatus);
        Assert.Equal(0x100Cu, scsw.CcwAddress);
    }

    [Fact]
    public void CcwOutsideStorage_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        bed.Start(0x200000);
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void SuspendWithoutOrbS_IsProgramCheck() =>
        Assert.Equal(SubchannelStatus.ProgramCheck, RunOne(new Ccw(0x02, CcwFlags.Suspend, 4, 0x3000)).SubchannelStatus);

    [Fact]
    public void SuspendWithChainData_IsProgramCheck() =>
        Assert.Equal(SubchannelStatus.ProgramCheck, RunOne(new Ccw(0x02, CcwFlags.Suspend | CcwFlags.ChainData, 4, 0x3000)).SubchannelStatus);

    [Fact]
    public void Midaw_IsProgramCheck() =>
        Assert.Equal(SubchannelStatus.ProgramCheck, RunOne(new Ccw(0x02, CcwFlags.ModifiedIndirectData, 4, 0x3000)).SubchannelStatus);

    [Fact]
    public void ImmediateCommand_IgnoresItsDataAddress()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0x7FFF_FFF8));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
    }
}
