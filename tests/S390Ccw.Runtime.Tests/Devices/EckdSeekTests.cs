using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices;

/// <summary>SEEK, SEEK CYLINDER, SEEK HEAD (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c).</summary>
public sealed class EckdSeekTests
{
    private static readonly CcwFlags CC = CcwFlags.ChainCommand;

    [Fact]
    public void Seek_PositionsTheDevice()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.Seek, CcwFlags.None, EckdTestBed.SeekArgument(3, 7));
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        Assert.Equal((3, 7), bed.Device.Position);
    }

    [Fact]
    public void SeekHead_KeepsTheCylinder()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(4, 1));
        bed.Out(CommandCodes.SeekHead, CcwFlags.None, EckdTestBed.SeekArgument(9, 12));
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        Assert.Equal((4, 12), bed.Device.Position);
    }

    [Fact]
    public void SeekHeadWithoutAPriorSeek_IsRejectedAsInvalidSequence()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.SeekHead, CcwFlags.None, EckdTestBed.SeekArgument(0, 2));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        var sense = bed.ReadSense();
        Assert.Equal(0x80, sense[0]);
        Assert.Equal(0x02, sense[7]);
    }

    [Theory]
    [InlineData(new byte[] { 0, 1, 0, 0, 0, 0 })]   // BB not zero
    [InlineData(new byte[] { 0, 0, 0, 10, 0, 0 })]  // cylinder 10 of a 10-cylinder volume
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 15 })]  // head 15
    public void BadSeekAddress_IsCommandRejectInvalidParameter(byte[] argument)
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.Seek, CcwFlags.None, argument);
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, scsw.DeviceStatus);
        // Command reject before data moved: Hercules reports residual 0 and no IL.
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        var sense = bed.ReadSense();
        Assert.Equal(0x80, sense[0]);
        Assert.Equal(0x04, sense[7]);
    }

    [Fact]
    public void ShortSeekArgument_IsCommandRejectCountTooSmall()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.Seek, CcwFlags.None, new byte[] { 0, 0, 0, 1 });
        bed.Run();
        Assert.Equal(0x03, bed.ReadSense()[7]);
    }

    [Fact]
    public void SeekOutsideTheExtent_IsFileProtected()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.DefineExtent, CC, EckdTestBed.Extent(0x40, 2, 0, 3, 14));
        bed.Out(CommandCodes.Seek, CcwFlags.None, EckdTestBed.SeekArgument(5, 0));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        var sense = bed.ReadSense();
        Assert.Equal(0x00, sense[0]);
        Assert.Equal(0x04, sense[1]);
    }

    [Fact]
    public void SeekWhenTheFileMaskInhibitsSeeks_IsFileProtected()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.SetFileMask, CC, new byte[] { 0x18 });
        bed.Out(CommandCodes.Seek, CcwFlags.None, EckdTestBed.SeekArgument(1, 0));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x04, bed.ReadSense()[1]);
    }
}
