using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>Incorrect length, SLI and the immediate-command rules of SA22-7832 ch. 16, "Incorrect Length".</summary>
public sealed class IncorrectLengthTests
{
    private static Scsw Run(Ccw ccw, byte[] readData, CcwFormat format = CcwFormat.Format1, bool suppressionMode = false)
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = readData;
        bed.Put(0x1000, format, ccw);
        bed.Start(Orb.For(0x1000, format) with { IncorrectLengthSuppression = suppressionMode });
        return bed.Test();
    }

    [Fact]
    public void ShortRecord_GivesResidualAndIncorrectLength()
    {
        var scsw = Run(new Ccw(0x02, CcwFlags.None, 10, 0x3000), new byte[4]);
        Assert.Equal(SubchannelStatus.IncorrectLength, scsw.SubchannelStatus);
        Assert.Equal(6, scsw.ResidualCount);
        Assert.True((scsw.Status & StatusControl.Alert) != 0);
    }

    [Fact]
    public void LongRecord_GivesIncorrectLengthWithResidualZero()
    {
        var scsw = Run(new Ccw(0x02, CcwFlags.None, 2, 0x3000), new byte[4]);
        Assert.Equal(SubchannelStatus.IncorrectLength, scsw.SubchannelStatus);
        Assert.Equal(0, scsw.ResidualCount);
    }

    [Fact]
    public void Sli_SuppressesIncorrectLengthButKeepsTheResidual()
    {
        var scsw = Run(new Ccw(0x02, CcwFlags.SuppressLength, 10, 0x3000), new byte[4]);
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(6, scsw.ResidualCount);
    }

    [Fact]
    public void IncorrectLength_SuppressesCommandChaining()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[4];
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.ChainCommand, 10, 0x3000), new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Start(0x1000);
        Assert.Equal(0x1008u, bed.Test().CcwAddress);
        Assert.Single(bed.Device.Commands);
    }

    [Fact]
    public void ImmediateFormat0WithCount_NeverIndicatesIncorrectLength() =>
        Assert.Equal(SubchannelStatus.None, Run(new Ccw(0x03, CcwFlags.None, 1, 0), new byte[0], CcwFormat.Format0).SubchannelStatus);

    [Fact]
    public void ImmediateFormat1WithCount_IndicatesIncorrectLength()
    {
        var scsw = Run(new Ccw(0x03, CcwFlags.None, 1, 0), new byte[0]);
        Assert.Equal(SubchannelStatus.IncorrectLength, scsw.SubchannelStatus);
        Assert.Equal(1, scsw.ResidualCount);
    }

    [Fact]
    public void ImmediateFormat1UnderOrbL_DoesNotIndicateIncorrectLength() =>
        Assert.Equal(SubchannelStatus.None, Run(new Ccw(0x03, CcwFlags.None, 1, 0), new byte[0], suppressionMode: true).SubchannelStatus);

    [Fact]
    public void ImmediateFormat1CountZero_IsExact() =>
        Assert.Equal(SubchannelStatus.None, Run(new Ccw(0x03, CcwFlags.None, 0, 0), new byte[0]).SubchannelStatus);

    [Fact]
    public void ShortWrite_GivesResidualOfTheWrite()
    {
        var bed = new ChannelTestBed();
        bed.Device.WriteConsumes = 3;
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x01, CcwFlags.None, 8, 0x3000));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(5, scsw.ResidualCount);
        Assert.Equal(SubchannelStatus.IncorrectLength, scsw.SubchannelStatus);
    }

    [Fact]
    public void WriteThatWantedMore_IsIncorrectLengthUnlessSli()
    {
        var bed = new ChannelTestBed();
        bed.Device.WriteWantsMore = true;
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x01, CcwFlags.None, 8, 0x3000));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.IncorrectLength, bed.Test().SubchannelStatus);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x01, CcwFlags.SuppressLength, 8, 0x3000));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
    }
}
