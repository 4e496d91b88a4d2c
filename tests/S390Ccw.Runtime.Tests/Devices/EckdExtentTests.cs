using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices;

/// <summary>DEFINE EXTENT, SET FILE MASK and LOCATE RECORD domains (GA32-0274, "Define Extent"; Hercules ckddasd.c, GA32-0274, "Locate Record"; Hercules ckddasd.c).</summary>
public sealed class EckdExtentTests
{
    private static readonly CcwFlags CC = CcwFlags.ChainCommand;

    /// <summary>Locate Record parameters: orientation/operation, count, seek CCHH, search CCHHR.</summary>
    private static byte[] Locate(byte operation, int count, int cylinder, int head, int record)
    {
        var p = new byte[16];
        p[0] = operation;
        p[3] = (byte)count;
        p[4] = (byte)(cylinder >> 8); p[5] = (byte)cylinder; p[6] = (byte)(head >> 8); p[7] = (byte)head;
        p[8] = (byte)(cylinder >> 8); p[9] = (byte)cylinder; p[10] = (byte)(head >> 8); p[11] = (byte)head;
        p[12] = (byte)record;
        p[13] = 0xFF;
        return p;
    }

    private static EckdTestBed WithTwoTracks()
    {
        var bed = new EckdTestBed();
        bed.Format(7, 3, (new byte[0], EckdTestBed.Bytes(16, 0x31)), (new byte[0], EckdTestBed.Bytes(16, 0x32)));
        bed.Format(7, 4, (new byte[0], EckdTestBed.Bytes(16, 0x41)));
        return bed;
    }

    [Fact]
    public void LocateRecordReadDomain_ReadsConsecutiveRecordsAcrossTracks()
    {
        var bed = WithTwoTracks();
        bed.Out(CommandCodes.DefineExtent, CC, EckdTestBed.Extent(0x40));
        bed.Out(CommandCodes.LocateRecord, CC, Locate(0x06, 3, 7, 3, 1));
        bed.In(CommandCodes.ReadData, CC, 16, 0x8000);
        bed.In(CommandCodes.ReadData, CC, 16, 0x8010);
        bed.In(CommandCodes.ReadData, CcwFlags.None, 16, 0x8020);
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        Assert.Equal(EckdTestBed.Bytes(16, 0x31), bed.Input(16, 0x8000));
        Assert.Equal(EckdTestBed.Bytes(16, 0x32), bed.Input(16, 0x8010));
        Assert.Equal(EckdTestBed.Bytes(16, 0x41), bed.Input(16, 0x8020));
    }

    [Fact]
    public void DomainEndingEarly_IsUnitCheckWithIncompleteDomain()
    {
        var bed = WithTwoTracks();
        bed.Out(CommandCodes.DefineExtent, CC, EckdTestBed.Extent(0x40));
        bed.Out(CommandCodes.LocateRecord, CC, Locate(0x06, 2, 7, 3, 1));
        bed.In(CommandCodes.ReadData, CcwFlags.None, 16);
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x81, bed.ReadSense()[0]);
    }

    [Fact]
    public void LocateRecordWithoutDefineExtent_IsRejected()
    {
        var bed = WithTwoTracks();
        bed.Out(CommandCodes.LocateRecord, CcwFlags.None, Locate(0x06, 1, 7, 3, 1));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
    }

    [Fact]
    public void LocateRecordOfAMissingRecord_IsNoRecordFound()
    {
        var bed = WithTwoTracks();
        bed.Out(CommandCodes.DefineExtent, CC, EckdTestBed.Extent(0x40));
        bed.Out(CommandCodes.LocateRecord, CcwFlags.None, Locate(0x06, 1, 7, 3, 9));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x08, bed.ReadSense()[1]);
    }

    [Fact]
    public void SearchInsideADomain_IsRejected()
    {
        var bed = WithTwoTracks();
        bed.Out(CommandCodes.DefineExtent, CC, EckdTestBed.Extent(0x40));
        bed.Out(CommandCodes.LocateRecord, CC, Locate(0x06, 1, 7, 3, 1));
        bed.Out(CommandCodes.SearchIdEqual, CcwFlags.None, EckdTestBed.Id(7, 3, 1));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
    }

    [Fact]
    public void ReadTrackDomain_ReturnsWholeTracksIncludingR0()
    {
        // Count orientation on R0: Hercules ckddasd.c pairs index orientation only with format write and read.
        var bed = WithTwoTracks();
        bed.Out(CommandCodes.DefineExtent, CC, EckdTestBed.Extent(0x40));
        bed.Out(CommandCodes.LocateRecord, CC, Locate(0x0C, 2, 7, 3, 0));
        bed.In(CommandCodes.ReadTrack, CC | CcwFlags.SuppressLength, 100, 0x8000);
        bed.In(CommandCodes.ReadTrack, CcwFlags.SuppressLength, 100, 0x9000);
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        // Track (7,4): R0 count 0007 0004 00 00 0008, 8 zeros, R1 count 0007 0004 01 00 0010,
        // 16 bytes of 0x41, end marker 8 x FF: 16 + 24 + 8 = 48 bytes (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)), residual 52.
        Assert.Equal(52, scsw.ResidualCount);
        var second = bed.Input(48, 0x9000);
        Assert.Equal(new byte[] { 0, 7, 0, 4, 0, 0, 0, 8 }, second[..8]);
        Assert.Equal(new byte[] { 0, 7, 0, 4, 1, 0, 0, 16 }, second[16..24]);
        Assert.Equal(EckdTestBed.Bytes(8, 0xFF), second[40..]);
    }

    [Fact]
    public void SetFileMaskAfterDefineExtent_IsRejected()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.DefineExtent, CC, EckdTestBed.Extent(0x40));
        bed.Out(CommandCodes.SetFileMask, CcwFlags.None, new byte[] { 0x40 });
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x02, bed.ReadSense()[7]);
    }

    [Theory]
    [InlineData(0x20, 0xC0)] // reserved mask bit
    [InlineData(0x40, 0x00)] // not ECKD architecture mode
    public void BadDefineExtent_IsInvalidParameter(byte mask, byte attributes)
    {
        var bed = new EckdTestBed();
        var p = EckdTestBed.Extent(mask);
        p[1] = attributes;
        bed.Out(CommandCodes.DefineExtent, CcwFlags.None, p);
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x04, bed.ReadSense()[7]);
    }

    [Fact]
    public void ChainState_DoesNotCarryOverToTheNextStart()
    {
        // A Define Extent fencing cylinder 2 does not restrict the next program's seek.
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.DefineExtent, CcwFlags.None, EckdTestBed.Extent(0x40, 2, 0, 2, 14));
        bed.Run();
        bed.Out(CommandCodes.Seek, CcwFlags.None, EckdTestBed.SeekArgument(8, 0));
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
    }
}
