using System.Linq;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices;

/// <summary>
/// The DASD IPL chain on the emulated 3390 through the channel's IPL entry (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl): the
/// implied READ IPL at 0 loads IPL1 over itself and the chain continues into the CCWs just read,
/// which only works without CCW prefetch.
/// </summary>
public sealed class EckdIplChainTests
{
    private static (EckdTestBed Bed, Tests.Channel.RecordingTracer Tracer) Ipl(PrefetchMode mode)
    {
        var bed = new EckdTestBed();
        // IPL1 (24 bytes): PSW, CCW1 = READ DATA of R2 into 0x2000 (CC), CCW2 = TIC 0x2000, format-0.
        var ipl1 = new byte[]
        {
            0x00, 0x08, 0x00, 0x00, 0x80, 0x00, 0x20, 0x00,
            0x06, 0x00, 0x20, 0x00, 0x40, 0x00, 0x00, 0x90,
            0x08, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00,
        };
        // IPL2 (144 bytes) starts with a NOP, count 1, SLI (03 000000 20 00 0001).
        var ipl2 = new byte[144];
        new byte[] { 0x03, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x01 }.CopyTo(ipl2, 0);
        bed.Format(0, 0,
            (new byte[] { 0xC9, 0xD7, 0xD3, 0xF1 }, ipl1),
            (new byte[] { 0xC9, 0xD7, 0xD3, 0xF2 }, ipl2));
        // The implied IPL CCW: 02 000000 60 00 0018.
        bed.Storage.Write(0, new byte[] { 0x02, 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x18 });
        var tracer = new Tests.Channel.RecordingTracer();
        bed.Channel.Tracer = tracer;
        var result = bed.Channel.RunIpl(EckdTestBed.DeviceNumber, mode);
        Assert.Equal(ChannelProgramOutcome.Completed, result.Outcome);
        return (bed, tracer);
    }

    [Fact]
    public void Lazy_RunsIpl1AndIpl2()
    {
        var (bed, tracer) = Ipl(PrefetchMode.Lazy);
        Assert.Equal(new[] { "READ_IPL", "READ_DATA", "TIC", "NOP" }, tracer.Mnemonics.ToArray());
        Assert.Equal(new uint[] { 0x00, 0x08, 0x10, 0x2000 }, tracer.Records.Select(r => r.CcwAddress).ToArray());
        var scsw = bed.Channel.Subchannels[0].Scsw;
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(0x0008_0000_8000_2000UL, bed.Storage.ReadUInt64(0));
    }

    [Fact]
    public void VfioCcw_RunsTheStaleDoublewordAt8()
    {
        var (bed, tracer) = Ipl(PrefetchMode.VfioCcw);
        Assert.Equal(new[] { "READ_IPL" }, tracer.Mnemonics.Where(m => m is not null).ToArray());
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Channel.Subchannels[0].Scsw.SubchannelStatus);
    }
}
