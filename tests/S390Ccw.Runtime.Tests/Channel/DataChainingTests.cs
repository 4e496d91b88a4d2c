using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>Chain data, SKIP and PCI (SA22-7832 ch. 15, CCW flags, SA22-7832 ch. 16, "Incorrect Length").</summary>
public sealed class DataChainingTests
{
    private static readonly CcwFlags CD = CcwFlags.ChainData;

    [Fact]
    public void Read_IsSpreadOverDataChainedAreas()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 1, 2, 3, 4, 5, 6, 7 };
        bed.Put(0x1000, CcwFormat.Format1,
            new Ccw(0x02, CD, 3, 0x3000),
            new Ccw(0x02, CD, 2, 0x4000),
            new Ccw(0xFF, CcwFlags.None, 2, 0x5000)); // opcode of a data-chained CCW is ignored
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(0x1018u, scsw.CcwAddress);
        Assert.Equal(new byte[] { 1, 2, 3 }, bed.Storage.ReadBytes(0x3000, 3));
        Assert.Equal(new byte[] { 4, 5 }, bed.Storage.ReadBytes(0x4000, 2));
        Assert.Equal(new byte[] { 6, 7 }, bed.Storage.ReadBytes(0x5000, 2));
        Assert.Single(bed.Device.Commands);
    }

    [Fact]
    public void DeviceEndingInsideADataChain_IsIncorrectLengthEvenWithSli()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 1, 2 };
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CD | CcwFlags.SuppressLength, 3, 0x3000), new Ccw(0x02, CcwFlags.None, 2, 0x4000));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.IncorrectLength, scsw.SubchannelStatus);
        Assert.Equal(1, scsw.ResidualCount);
        Assert.Equal(0x1008u, scsw.CcwAddress);
    }

    [Fact]
    public void CommandChainingAfterADataChain_FollowsTheLastCcwsCcFlag()
    {
        // First CCW: CD without CC; last CCW of the data chain: CC. The next command runs, because
        // command chaining is decided by the CCW in use when the data chain ends (SA22-7201 ch. 15).
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 1, 2, 3, 4 };
        bed.Put(0x1000, CcwFormat.Format1,
            new Ccw(0x02, CD, 2, 0x3000),
            new Ccw(0x02, CcwFlags.ChainCommand, 2, 0x4000),
            new Ccw(0x03, CcwFlags.SuppressLength, 1, 0)); // format-1 NOP with a count: SLI, or IL (SA22-7832 ch. 16, "Incorrect Length")
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(0x1018u, scsw.CcwAddress);
        Assert.Equal(2, bed.Device.Commands.Count);
    }

    [Fact]
    public void CdWithCcOnTheFirstCcwOnly_EndsTheChainAfterTheData()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 1, 2, 3, 4 };
        bed.Put(0x1000, CcwFormat.Format1,
            new Ccw(0x02, CD | CcwFlags.ChainCommand, 2, 0x3000),
            new Ccw(0x02, CcwFlags.None, 2, 0x4000),
            new Ccw(0x03, CcwFlags.None, 1, 0));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(0x1010u, scsw.CcwAddress);
        Assert.Single(bed.Device.Commands);
    }

    [Fact]
    public void DataChain_ContinuesThroughATic()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 1, 2, 3, 4 };
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CD, 2, 0x3000), new Ccw(0x08, CcwFlags.None, 0, 0x1100));
        bed.Put(0x1100, CcwFormat.Format1, new Ccw(0x02, CcwFlags.None, 2, 0x4000));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(0x1108u, scsw.CcwAddress);
        Assert.Equal(new byte[] { 3, 4 }, bed.Storage.ReadBytes(0x4000, 2));
    }

    [Fact]
    public void Write_GathersDataChainedAreasIntoOneCommand()
    {
        var bed = new ChannelTestBed();
        bed.Storage.Write(0x3000, new byte[] { 0xA, 0xB });
        bed.Storage.Write(0x4000, new byte[] { 0xC, 0xD, 0xE });
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x01, CD, 2, 0x3000), new Ccw(0x01, CcwFlags.None, 3, 0x4000));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
        Assert.Equal(new byte[] { 0xA, 0xB, 0xC, 0xD, 0xE }, Assert.Single(bed.Device.Outputs));
        Assert.Equal(5, bed.Device.Commands[0].Count);
    }

    [Fact]
    public void ShortWriteOverADataChain_ReportsTheCcwWhereItStopped()
    {
        var bed = new ChannelTestBed();
        bed.Device.WriteConsumes = 3;
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x01, CD, 2, 0x3000), new Ccw(0x01, CcwFlags.SuppressLength, 3, 0x4000));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(0x1010u, scsw.CcwAddress);
        Assert.Equal(2, scsw.ResidualCount);
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus); // SLI on the last CCW
    }

    [Fact]
    public void Skip_SuppressesTheStoreButCountsTheData()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 7, 7, 7, 7 };
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.Skip, 4, 0x3000));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(0, scsw.ResidualCount);
        Assert.Equal(new byte[4], bed.Storage.ReadBytes(0x3000, 4));
    }

    [Fact]
    public void SkipOnARead_AllowsAnAreaOutsideStorage()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[4];
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.Skip, 4, 0x7000_0000));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void Pci_ShowsInTheFinalStatus()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1,
            new Ccw(0x03, CcwFlags.ChainCommand | CcwFlags.ProgramControlledInterruption | CcwFlags.SuppressLength, 1, 0),
            new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.ProgramControlledInterruption, scsw.SubchannelStatus);
        Assert.Equal(1, bed.Subchannel.ProgramControlledInterruptions);
        Assert.Equal(2, bed.Device.Commands.Count);
    }

    [Fact]
    public void ReadBackward_StoresAtDescendingAddresses()
    {
        // The data address names the rightmost byte; the first byte the device presents goes
        // there and the rest below it (SA22-7832 ch. 15, "Read Backward").
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 1, 2, 3 };
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x0C, CcwFlags.None, 3, 0x3002));
        bed.Start(0x1000);
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
        Assert.Equal(new byte[] { 3, 2, 1 }, bed.Storage.ReadBytes(0x3000, 3));
    }
}
