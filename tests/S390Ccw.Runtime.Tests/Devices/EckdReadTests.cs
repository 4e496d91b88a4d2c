using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices;

/// <summary>The read commands (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c).</summary>
public sealed class EckdReadTests
{
    private static readonly CcwFlags CC = CcwFlags.ChainCommand;

    private static EckdTestBed WithRecords()
    {
        var bed = new EckdTestBed();
        bed.Format(0, 1,
            (new byte[] { 0xC1, 0xC2 }, EckdTestBed.Bytes(10, 0x11)),
            (new byte[0], EckdTestBed.Bytes(6, 0x22)),
            (new byte[0], new byte[0]));
        return bed;
    }

    [Fact]
    public void ReadDataAfterSeek_SkipsRecordZero()
    {
        var bed = WithRecords();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        bed.In(CommandCodes.ReadData, CC, 10);
        bed.In(CommandCodes.ReadData, CcwFlags.None, 6, 0x8100);
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        Assert.Equal(EckdTestBed.Bytes(10, 0x11), bed.Input(10));
        Assert.Equal(EckdTestBed.Bytes(6, 0x22), bed.Input(6, 0x8100));
    }

    [Fact]
    public void ReadDataWithoutSeek_IsRejected()
    {
        var bed = WithRecords();
        bed.In(CommandCodes.ReadData, CcwFlags.None, 10);
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x80, bed.ReadSense()[0]);
    }

    [Fact]
    public void ReadDataOfAnEndOfFileRecord_IsUnitException()
    {
        var bed = WithRecords();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        bed.In(CommandCodes.ReadData, CC | CcwFlags.SuppressLength, 1);
        bed.In(CommandCodes.ReadData, CC | CcwFlags.SuppressLength, 1);
        uint eof = bed.In(CommandCodes.ReadData, CC | CcwFlags.SuppressLength, 1);
        bed.In(CommandCodes.ReadData, CcwFlags.None, 1);
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitException, scsw.DeviceStatus);
        Assert.Equal(eof + 8, scsw.CcwAddress);
    }

    [Fact]
    public void ReadCountKeyData_ReturnsTheWholeRecord()
    {
        var bed = WithRecords();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        bed.In(CommandCodes.ReadCountKeyData, CcwFlags.None, 20);
        Assert.Equal(SubchannelStatus.None, bed.Run().SubchannelStatus);
        // Count 0000 0001 01 02 000A, key C1C2, then ten 0x11 (IBM 3390 track format, home address, R0 and count area (GC26-4577)).
        var expected = new byte[] { 0, 0, 0, 1, 1, 2, 0, 10, 0xC1, 0xC2, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11 };
        Assert.Equal(expected, bed.Input(20));
    }

    [Fact]
    public void ReadKeyData_ReturnsKeyThenData()
    {
        var bed = WithRecords();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        bed.In(CommandCodes.ReadKeyData, CcwFlags.None, 12);
        bed.Run();
        Assert.Equal(new byte[] { 0xC1, 0xC2 }, bed.Input(2));
    }

    [Fact]
    public void ReadCount_ReturnsSuccessiveCounts()
    {
        var bed = WithRecords();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        bed.In(CommandCodes.ReadCount, CC, 8);
        bed.In(CommandCodes.ReadCount, CcwFlags.None, 8, 0x8100);
        bed.Run();
        Assert.Equal(new byte[] { 0, 0, 0, 1, 1, 2, 0, 10 }, bed.Input(8));
        Assert.Equal(new byte[] { 0, 0, 0, 1, 2, 0, 0, 6 }, bed.Input(8, 0x8100));
    }

    [Fact]
    public void ShortCountWithoutSli_IsIncorrectLength()
    {
        var bed = WithRecords();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        bed.In(CommandCodes.ReadData, CcwFlags.None, 4);
        var scsw = bed.Run();
        Assert.Equal(SubchannelStatus.IncorrectLength, scsw.SubchannelStatus);
        Assert.Equal(EckdTestBed.Bytes(4, 0x11), bed.Input(4));
    }

    [Fact]
    public void ReadHomeAddress_ReturnsFlagCylinderHead()
    {
        var bed = WithRecords();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        bed.In(CommandCodes.ReadHomeAddress, CcwFlags.None, 5);
        bed.Run();
        Assert.Equal(new byte[] { 0, 0, 0, 0, 1 }, bed.Input(5));
    }

    [Fact]
    public void ReadIpl_ReadsR1DataThenAllowsOneReadData()
    {
        // Cyl 0 head 0: R1 key IPL1 with 24 data bytes, R2 key IPL2 (Hercules dasdblks.h, dasdutil.c; s390-tools zipl/src/install.c).
        var bed = new EckdTestBed();
        bed.Format(0, 0,
            (new byte[] { 0xC9, 0xD7, 0xD3, 0xF1 }, EckdTestBed.Bytes(24, 0x01)),
            (new byte[] { 0xC9, 0xD7, 0xD3, 0xF2 }, EckdTestBed.Bytes(144, 0x02)));
        bed.In(CommandCodes.ReadIpl, CC, 24);
        bed.In(CommandCodes.ReadData, CcwFlags.None, 144, 0x9000);
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(EckdTestBed.Bytes(24, 0x01), bed.Input(24));
        Assert.Equal(EckdTestBed.Bytes(144, 0x02), bed.Input(144, 0x9000));
    }

    [Fact]
    public void ReadIplAfterDefineExtent_IsRejected()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.DefineExtent, CC, EckdTestBed.Extent(0x40));
        bed.In(CommandCodes.ReadIpl, CcwFlags.None, 24);
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x02, bed.ReadSense()[7]);
    }

    [Fact]
    public void ReadMultipleCkd_ReturnsEveryRecordAfterR0()
    {
        var bed = WithRecords();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(0, 1));
        bed.In(CommandCodes.ReadMultipleCountKeyData, CcwFlags.SuppressLength, 200);
        var scsw = bed.Run();
        // (8+2+10) + (8+6) + (8+0) = 42 bytes; residual 200 - 42.
        Assert.Equal(158, scsw.ResidualCount);
        Assert.Equal(new byte[] { 0, 0, 0, 1, 3, 0, 0, 0 }, bed.Input(42)[34..]);
    }
}
