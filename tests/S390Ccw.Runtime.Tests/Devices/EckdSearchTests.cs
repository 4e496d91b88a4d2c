using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices;

/// <summary>SEARCH ID / KEY / HA and the Search + TIC loop (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count).</summary>
public sealed class EckdSearchTests
{
    private static readonly CcwFlags CC = CcwFlags.ChainCommand;

    private static EckdTestBed WithFiveRecords()
    {
        var bed = new EckdTestBed();
        bed.Format(1, 2,
            (new byte[] { 0xA1 }, EckdTestBed.Bytes(20, 0x11)),
            (new byte[] { 0xA2 }, EckdTestBed.Bytes(20, 0x22)),
            (new byte[] { 0xA3 }, EckdTestBed.Bytes(20, 0x33)),
            (new byte[] { 0xA4 }, EckdTestBed.Bytes(20, 0x44)),
            (new byte[] { 0xA5 }, EckdTestBed.Bytes(20, 0x55)));
        return bed;
    }

    /// <summary>Seek (CC), L: Search ID Eq (CC), TIC L, Read Data.</summary>
    private static uint SearchLoop(EckdTestBed bed, byte search, byte[] argument, int cylinder = 1, int head = 2)
    {
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(cylinder, head));
        uint loop = bed.Out(search, CC, argument);
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, loop));
        return bed.In(CommandCodes.ReadData, CcwFlags.None, 20);
    }

    [Fact]
    public void SearchTicLoop_ReadsTheRecordSearchedFor()
    {
        var bed = WithFiveRecords();
        uint read = SearchLoop(bed, CommandCodes.SearchIdEqual, EckdTestBed.Id(1, 2, 4));
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        Assert.Equal(read + 8, scsw.CcwAddress);
        Assert.Equal(EckdTestBed.Bytes(20, 0x44), bed.Input(20));
    }

    [Fact]
    public void SearchForRecordZero_Matches()
    {
        // Search ID includes R0 (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c); the Read Data after it reads R0's 8 zero bytes.
        var bed = WithFiveRecords();
        bed.Storage.Write(EckdTestBed.InputAddress, EckdTestBed.Bytes(8, 0xEE));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(1, 2));
        bed.Out(CommandCodes.SearchIdEqual, CC, EckdTestBed.Id(1, 2, 0));
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1008));
        bed.In(CommandCodes.ReadData, CcwFlags.None, 8);
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        Assert.Equal(new byte[8], bed.Input(8));
    }

    [Fact]
    public void MissingRecord_IsNoRecordFoundAtTheSecondIndexPass()
    {
        // Six records (R0..R5): a pass is six searches, so the 13th search meets the second end
        // of track and ends with unit check, No Record Found (sense byte 1 0x08).
        var bed = WithFiveRecords();
        var tracer = new Tests.Channel.RecordingTracer();
        bed.Channel.Tracer = tracer;
        SearchLoop(bed, CommandCodes.SearchIdEqual, EckdTestBed.Id(1, 2, 9));
        var scsw = bed.Run();
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, scsw.DeviceStatus);
        int searches = 0;
        foreach (var r in tracer.Records) if (r.Command == CommandCodes.SearchIdEqual) searches++;
        Assert.Equal(13, searches);
        bed.Channel.Tracer = null;
        Assert.Equal(0x08, bed.ReadSense()[1]);
        // The failing search took none of its 5-byte argument: residual 5, and without SLI incorrect
        // length, as Hercules 3.13 traces it (Stat=0E40 Count=0005; the differential tests compare it).
        Assert.Equal(5, scsw.ResidualCount);
        Assert.Equal(SubchannelStatus.IncorrectLength, scsw.SubchannelStatus);
    }

    [Fact]
    public void SearchIdHigh_MatchesTheFirstGreaterRecord()
    {
        var bed = WithFiveRecords();
        SearchLoop(bed, CommandCodes.SearchIdHigh, EckdTestBed.Id(1, 2, 2));
        bed.Run();
        Assert.Equal(EckdTestBed.Bytes(20, 0x33), bed.Input(20));
    }

    [Fact]
    public void SearchIdEqualOrHigh_MatchesTheEqualRecord()
    {
        var bed = WithFiveRecords();
        SearchLoop(bed, CommandCodes.SearchIdEqualOrHigh, EckdTestBed.Id(1, 2, 2));
        bed.Run();
        Assert.Equal(EckdTestBed.Bytes(20, 0x22), bed.Input(20));
    }

    [Fact]
    public void SearchKeyEqual_LeavesTheDeviceAtThatRecordsData()
    {
        var bed = WithFiveRecords();
        SearchLoop(bed, CommandCodes.SearchKeyEqual, new byte[] { 0xA5 });
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        Assert.Equal(EckdTestBed.Bytes(20, 0x55), bed.Input(20));
    }

    [Fact]
    public void MultiTrackSearch_ContinuesOnTheNextHead()
    {
        var bed = WithFiveRecords();
        bed.Format(1, 3, (new byte[] { 0xB1 }, EckdTestBed.Bytes(20, 0x77)));
        SearchLoop(bed, CommandCodes.SearchIdEqualMultiTrack, EckdTestBed.Id(1, 3, 1));
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        Assert.Equal(EckdTestBed.Bytes(20, 0x77), bed.Input(20));
        Assert.Equal((1, 3), bed.Device.Position);
    }

    [Fact]
    public void MultiTrackPastTheLastHead_IsEndOfCylinder()
    {
        var bed = new EckdTestBed();
        SearchLoop(bed, CommandCodes.SearchIdEqualMultiTrack, EckdTestBed.Id(9, 9, 9), cylinder: 2, head: 14);
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x20, bed.ReadSense()[1]);
    }

    [Fact]
    public void SearchHomeAddress_ComparesCchh()
    {
        var bed = WithFiveRecords();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(1, 2));
        bed.Out(CommandCodes.SearchHomeAddressEqual, CC, new byte[] { 0, 1, 0, 2 });
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1008));
        bed.In(CommandCodes.ReadRecordZero, CcwFlags.None, 16);
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        // R0 count: CC 0001 HH 0002 R 00 KL 00 DL 0008, then 8 zero data bytes (IBM 3390 track format, home address, R0 and count area (GC26-4577)).
        Assert.Equal(new byte[] { 0, 1, 0, 2, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0 }, bed.Input(16));
    }
}
