using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>IDA with format-1 (4-byte, 2K blocks) and format-2 (8-byte, 2K or 4K) IDAWs, SA22-7832 ch. 15, CCW flags, SA22-7832 ch. 15, count and data address; ch. 16, "Program Check".</summary>
public sealed class IndirectDataTests
{
    private static byte[] Pattern(int n)
    {
        var b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte)(i * 7 + 1);
        return b;
    }

    [Fact]
    public void Format1Idaws_SplitAtTwoKBoundaries()
    {
        // The first IDAW points 0x10 before a 2K boundary, so it takes 16 bytes; the second
        // starts a block and takes the rest.
        var bed = new ChannelTestBed();
        bed.Device.ReadData = Pattern(100);
        bed.Storage.WriteUInt32(0x2000, 0x0005_07F0);
        bed.Storage.WriteUInt32(0x2004, 0x0008_0000);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.IndirectData, 100, 0x2000));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
        Assert.Equal(Pattern(100)[..16], bed.Storage.ReadBytes(0x507F0, 16));
        Assert.Equal(Pattern(100)[16..], bed.Storage.ReadBytes(0x80000, 84));
    }

    [Fact]
    public void Format2Idaws_Use4KBlocksUnlessT()
    {
        var data = Pattern(5000);
        var bed = new ChannelTestBed();
        bed.Device.ReadData = data;
        bed.Storage.WriteUInt64(0x2000, 0x6_0000);
        bed.Storage.WriteUInt64(0x2008, 0x9_0000);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.IndirectData, 5000, 0x2000));
        bed.Start(Orb.For(0x1000) with { Format2Idaws = true });
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
        Assert.Equal(data[..4096], bed.Storage.ReadBytes(0x60000, 4096));
        Assert.Equal(data[4096..], bed.Storage.ReadBytes(0x90000, 904));

        bed.Storage.WriteUInt64(0x2010, 0xA_0000);
        bed.Start(Orb.For(0x1000) with { Format2Idaws = true, Format2IdawsUse2KBlocks = true });
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
        Assert.Equal(data[2048..4096], bed.Storage.ReadBytes(0x90000, 2048));
        Assert.Equal(data[4096..], bed.Storage.ReadBytes(0xA0000, 904));
    }

    [Fact]
    public void Write_GathersThroughIdaws()
    {
        var bed = new ChannelTestBed();
        bed.Storage.Write(0x507FE, new byte[] { 1, 2 });
        bed.Storage.Write(0x60000, new byte[] { 3, 4 });
        bed.Storage.WriteUInt32(0x2000, 0x0005_07FE);
        bed.Storage.WriteUInt32(0x2004, 0x0006_0000);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x01, CcwFlags.IndirectData, 4, 0x2000));
        bed.Start(0x1000);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, Assert.Single(bed.Device.Outputs));
    }

    [Fact]
    public void LaterIdawOffABlockBoundary_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = Pattern(100);
        bed.Storage.WriteUInt32(0x2000, 0x0005_07F0);
        bed.Storage.WriteUInt32(0x2004, 0x0008_0010);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.IndirectData, 100, 0x2000));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void Format1IdawWithBit0_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = Pattern(8);
        bed.Storage.WriteUInt32(0x2000, 0x8005_0000);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.IndirectData, 8, 0x2000));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void IdawListOffAWord_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.IndirectData, 8, 0x2002));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Test().SubchannelStatus);
        Assert.Empty(bed.Device.Commands);
    }

    [Fact]
    public void IdawPointingOutsideStorage_IsProgramCheck()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = Pattern(8);
        bed.Storage.WriteUInt32(0x2000, 0x0100_0000);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.IndirectData, 8, 0x2000));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.ProgramCheck, bed.Test().SubchannelStatus);
    }
}
