using System.Linq;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices;

/// <summary>
/// The divergences the random differential campaign found (issue 10), each pinned by name. The expected
/// values are Hercules 3.13's, as its CCW trace printed them for the same CCWs, and its ckddasd.c where it
/// states the rule.
/// </summary>
public sealed class HerculesFidelityTests
{
    private static readonly CcwFlags CC = CcwFlags.ChainCommand;

    [Fact]
    public void InvalidCommandCode_WholeCountIsResidualWithIncorrectLength()
    {
        // Hercules: FF013000 40000008 Stat=0E40 Count=0008.
        var bed = new EckdTestBed();
        bed.Add(new Ccw(0xFF, CcwFlags.None, 8, EckdTestBed.InputAddress));
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, scsw.DeviceStatus);
        Assert.Equal(SubchannelStatus.IncorrectLength, scsw.SubchannelStatus);
        Assert.Equal(8, scsw.ResidualCount);
    }

    [Fact]
    public void SeekOutsideTheVolumeWithCount8_ResidualIsTheTwoBytesNotExamined()
    {
        // Hercules: 07002008 40000008 Stat=0E40 Count=0002 (the SEEK examined its 6 bytes, then refused them).
        var bed = new EckdTestBed(cylinders: 1);
        bed.Out(CommandCodes.Seek, CcwFlags.None, new byte[] { 0, 0, 0, 5, 0, 0, 0, 0 });
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, scsw.DeviceStatus);
        Assert.Equal(SubchannelStatus.IncorrectLength, scsw.SubchannelStatus);
        Assert.Equal(2, scsw.ResidualCount);
    }

    [Theory]
    [InlineData(CommandCodes.ReadData, 1, 1)]
    [InlineData(CommandCodes.ReadKeyData, 6, 0)]
    public void RecordWithKeyAndDataLengthZero_IsUnitException(byte code, int count, int residual)
    {
        // Hercules: 06.. 60000001 Stat=0D00 Count=0001 and 0E.. 60000006 Stat=0D00 Count=0000 for a record
        // with a 6-byte key and no data: data length zero is end of file, whatever the key.
        var bed = new EckdTestBed();
        bed.Format(0, 1, (new byte[] { 1, 2, 3, 4, 5, 6 }, System.Array.Empty<byte>()));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        uint search = bed.Out(CommandCodes.SearchIdEqual, CC, EckdTestBed.Id(0, 1, 1));
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, search));
        bed.In(code, CcwFlags.SuppressLength, count);
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitException, scsw.DeviceStatus);
        Assert.Equal(residual, scsw.ResidualCount);
    }

    [Theory]
    [InlineData(CommandCodes.SetFileMask, 1)]
    [InlineData(CommandCodes.ReadIpl, 24)]
    [InlineData(CommandCodes.DefineExtent, 16)]
    public void AfterReadIpl_SetFileMaskDefineExtentAndReadIpl_AreCommandReject(byte code, int count)
    {
        // Hercules ckddasd.c: READ IPL sets the Define Extent and Set File Mask flags of the chain.
        var bed = new EckdTestBed();
        bed.Format(0, 0, (System.Array.Empty<byte>(), new byte[24]));
        bed.In(CommandCodes.ReadIpl, CC | CcwFlags.SuppressLength, 24, 0x9000);
        if (code == CommandCodes.ReadIpl) bed.In(code, CcwFlags.SuppressLength, count, 0x9100);
        else bed.Out(code, CcwFlags.SuppressLength, code == CommandCodes.DefineExtent ? EckdTestBed.Extent(0x40) : new byte[] { 0x40 });
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, scsw.DeviceStatus);
        Assert.Equal(0x80, bed.ReadSense()[0]);
    }

    [Fact]
    public void ReadSector_ReturnsSectorZero_SetSectorTakesOneByte()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 0));
        bed.Out(CommandCodes.SetSector, CC, new byte[] { 7 });
        bed.In(CommandCodes.ReadSector, CcwFlags.None, 1);
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(0, bed.Input(1)[0]);
    }

    [Fact]
    public void ReadMultipleCkdAfterASearch_ReadsFromTheNextRecord()
    {
        // Hercules ckddasd.c: READ MULTIPLE CKD reads count fields from the current orientation on.
        var bed = new EckdTestBed();
        bed.Format(0, 1, (System.Array.Empty<byte>(), new byte[] { 0xA1 }), (System.Array.Empty<byte>(), new byte[] { 0xB2 }));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        uint search = bed.Out(CommandCodes.SearchIdEqual, CC, EckdTestBed.Id(0, 1, 1));
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, search));
        bed.In(CommandCodes.ReadMultipleCountKeyData, CcwFlags.SuppressLength, 64);
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        // Only R2: count 0000 0001 02 00 0001, then its data byte.
        Assert.Equal(new byte[] { 0, 0, 0, 1, 2, 0, 0, 1, 0xB2 }, bed.Input(9));
        Assert.Equal(64 - 9, scsw.ResidualCount);
    }

    [Fact]
    public void DataChainedCcw_IsTracedWithChannelEndAndDeviceEnd()
    {
        // Hercules: 06014000 800001EF Stat=0C00 for the first CCW of a data chain.
        var bed = new EckdTestBed();
        var log = new S390Ccw.Runtime.Tracing.CcwTraceLog();
        bed.Channel.Tracer = log;
        bed.Format(0, 1, (System.Array.Empty<byte>(), new byte[16]));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        uint search = bed.Out(CommandCodes.SearchIdEqual, CC, EckdTestBed.Id(0, 1, 1));
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, search));
        bed.In(CommandCodes.ReadData, CcwFlags.ChainData, 8);
        bed.In(CommandCodes.ReadData, CcwFlags.None, 8, EckdTestBed.InputAddress + 0x100);
        bed.Run();
        var reads = log.Records.Where(r => r.Command == CommandCodes.ReadData).ToList();
        Assert.Equal(UnitStatus.Normal, reads[0].DeviceStatus);
        Assert.Equal(UnitStatus.Normal, reads[1].DeviceStatus);
    }
}
