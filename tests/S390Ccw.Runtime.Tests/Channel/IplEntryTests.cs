using System.Linq;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>The channel's IPL entry (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl): program at 0, all-zero ORB, no SSCH checks.</summary>
public sealed class IplEntryTests
{
    /// <summary>
    /// The implied IPL CCW at 0 (02 000000 60 00 0018, SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl) reads 24 bytes over itself:
    /// a PSW, then CCW1 = NOP (03 000000 20 00 0001) at 0x08 with no chaining.
    /// </summary>
    private static ChannelTestBed Ipl(PrefetchMode mode)
    {
        var bed = new ChannelTestBed();
        bed.Storage.Write(0, new byte[] { 0x02, 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x18 });
        bed.Device.ReadData = new byte[]
        {
            0x00, 0x08, 0x00, 0x00, 0x80, 0x00, 0x20, 0x18,
            0x03, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x01,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        };
        var result = bed.Channel.RunIpl(ChannelTestBed.DeviceNumber, mode);
        Assert.Equal(ConditionCode.Zero, result.ConditionCode);
        return bed;
    }

    [Fact]
    public void Lazy_RunsTheCcwJustRead()
    {
        var bed = Ipl(PrefetchMode.Lazy);
        Assert.Equal(new byte[] { 0x02, 0x03 }, bed.Device.Commands.Select(c => c.Code).ToArray());
        var scsw = bed.Subchannel.Scsw;
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(CcwFormat.Format0, scsw.Format);
        Assert.Equal(0x10u, scsw.CcwAddress);
    }

    [Fact]
    public void VfioCcw_RunsTheZerosThatWereThere()
    {
        // The copy holds the doubleword at 0x08 as it was at start (zeros): opcode 0 is invalid.
        var bed = Ipl(PrefetchMode.VfioCcw);
        Assert.Equal(new byte[] { 0x02 }, bed.Device.Commands.Select(c => c.Code).ToArray());
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Subchannel.Scsw.SubchannelStatus);
    }

    [Fact]
    public void Ipl_IgnoresPendingStatus()
    {
        var bed = Ipl(PrefetchMode.Lazy);
        Assert.True(bed.Subchannel.IsStatusPending);
        bed.Storage.Write(0, new byte[] { 0x02, 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x18 });
        Assert.Equal(ChannelProgramOutcome.Completed, bed.Channel.RunIpl(ChannelTestBed.DeviceNumber).Outcome);
        Assert.Equal(4, bed.Device.Commands.Count);
    }
}
