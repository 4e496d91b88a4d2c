using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

public sealed class ChannelTracerTests
{
    [Fact]
    public void EveryCcw_IncludingTics_IsTracedWithItsRawBytesAndStatus()
    {
        var tracer = new RecordingTracer();
        var bed = new ChannelTestBed(tracer: tracer);
        bed.Device.ReadData = new byte[] { 0xC8, 0xC5, 0xD9, 0xC3, 0xE4, 0xD3, 0xC5, 0xE2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        bed.Put(0x1000, CcwFormat.Format0, new Ccw(0x08, CcwFlags.None, 0, 0x1100));
        bed.Put(0x1100, CcwFormat.Format0, new Ccw(0x02, CcwFlags.None, 20, 0x3000));
        bed.Start(0x1000, CcwFormat.Format0);

        Assert.Equal(2, tracer.Records.Count);
        var tic = tracer.Records[0];
        Assert.True(tic.IsTransferInChannel);
        Assert.Equal("TIC", tic.Mnemonic);
        Assert.Equal(0x1000u, tic.CcwAddress);
        // Format-0 TIC bytes: 08, address 001100, flags 00, unused 00, count 0000 (SA22-7832 ch. 15, "Channel-Command Word" formats).
        Assert.Equal(new byte[] { 0x08, 0x00, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00 }, tic.RawBytes());

        var read = tracer.Records[1];
        Assert.Equal(ChannelTestBed.DeviceNumber, read.DeviceNumber);
        Assert.Equal(0x1100u, read.CcwAddress);
        Assert.Equal(CcwFormat.Format0, read.Format);
        Assert.Equal("READ_IPL", read.Mnemonic);
        Assert.Equal(new byte[] { 0x02, 0x00, 0x30, 0x00, 0x00, 0x00, 0x00, 0x14 }, read.RawBytes());
        Assert.Equal(UnitStatus.Normal, read.DeviceStatus);
        Assert.Equal(SubchannelStatus.IncorrectLength, read.SubchannelStatus);
        Assert.Equal(2, read.ResidualCount);
        Assert.Equal(18, read.DataLength);
        Assert.Equal(bed.Device.ReadData[..16], read.DataPreview());
    }

    [Fact]
    public void ProgramCheckedCcw_IsTracedWithItsStatus()
    {
        var tracer = new RecordingTracer();
        var bed = new ChannelTestBed(tracer: tracer);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x00, CcwFlags.None, 1, 0x3000));
        bed.Start(0x1000);
        var record = Assert.Single(tracer.Records);
        Assert.Equal(SubchannelStatus.ProgramCheck, record.SubchannelStatus);
        Assert.Null(record.Mnemonic);
    }
}
