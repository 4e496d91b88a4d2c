using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices;

/// <summary>The write commands (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c) and the capacity formula (IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track).</summary>
public sealed class EckdWriteTests
{
    private static readonly CcwFlags CC = CcwFlags.ChainCommand;

    private static byte[] CountKeyData(int cylinder, int head, int record, byte[] key, byte[] data)
    {
        var b = new byte[8 + key.Length + data.Length];
        b[0] = (byte)(cylinder >> 8); b[1] = (byte)cylinder; b[2] = (byte)(head >> 8); b[3] = (byte)head;
        b[4] = (byte)record; b[5] = (byte)key.Length; b[6] = (byte)(data.Length >> 8); b[7] = (byte)data.Length;
        key.CopyTo(b, 8);
        data.CopyTo(b, 8 + key.Length);
        return b;
    }

    [Fact]
    public void SearchThenWriteData_UpdatesTheRecord()
    {
        var bed = new EckdTestBed();
        bed.Format(2, 0, (new byte[0], EckdTestBed.Bytes(8, 0x11)), (new byte[0], EckdTestBed.Bytes(8, 0x22)));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(2, 0));
        bed.Out(CommandCodes.SearchIdEqual, CC, EckdTestBed.Id(2, 0, 2));
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1008));
        bed.Out(CommandCodes.WriteData, CcwFlags.None, EckdTestBed.Bytes(8, 0x99));
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        var track = bed.Store.ReadTrack(2, 0);
        Assert.Equal(EckdTestBed.Bytes(8, 0x99), track.Data(2).ToArray());
        Assert.Equal(EckdTestBed.Bytes(8, 0x11), track.Data(1).ToArray());
    }

    [Fact]
    public void WriteDataWithoutASearch_IsRejected()
    {
        var bed = new EckdTestBed();
        bed.Format(2, 0, (new byte[0], EckdTestBed.Bytes(8, 0x11)));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(2, 0));
        bed.Out(CommandCodes.WriteData, CcwFlags.None, EckdTestBed.Bytes(8, 0x99));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
    }

    [Fact]
    public void WriteCkdAfterSearch_AppendsAndErasesTheRest()
    {
        var bed = new EckdTestBed();
        bed.Format(3, 4, (new byte[0], EckdTestBed.Bytes(8, 0x11)), (new byte[0], EckdTestBed.Bytes(8, 0x22)), (new byte[0], EckdTestBed.Bytes(8, 0x33)));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(3, 4));
        bed.Out(CommandCodes.SearchIdEqual, CC, EckdTestBed.Id(3, 4, 1));
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1008));
        bed.Out(CommandCodes.WriteCountKeyData, CC, CountKeyData(3, 4, 2, new byte[] { 0xD2 }, EckdTestBed.Bytes(100, 0x5A)));
        bed.Out(CommandCodes.WriteCountKeyData, CcwFlags.None, CountKeyData(3, 4, 3, new byte[0], EckdTestBed.Bytes(4, 0x5B)));
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        var track = bed.Store.ReadTrack(3, 4);
        Assert.Equal(4, track.Records.Count);
        Assert.Equal(100, track.Records[2].DataLength);
        Assert.Equal(new byte[] { 0xD2 }, track.Key(2).ToArray());
        Assert.Equal(EckdTestBed.Bytes(4, 0x5B), track.Data(3).ToArray());
    }

    [Fact]
    public void RecordThatDoesNotFit_IsInvalidTrackFormat()
    {
        // Two keyless records of 27998 fill a 3390 track (IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track); a third of 1 byte cannot fit.
        var bed = new EckdTestBed();
        bed.Format(4, 0, (new byte[0], new byte[27998]), (new byte[0], new byte[27998]));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(4, 0));
        bed.Out(CommandCodes.SearchIdEqual, CC, EckdTestBed.Id(4, 0, 2));
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1008));
        bed.Out(CommandCodes.WriteCountKeyData, CcwFlags.None, CountKeyData(4, 0, 3, new byte[0], new byte[1]));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x40, bed.ReadSense()[1]);
        Assert.Equal(3, bed.Store.ReadTrack(4, 0).Records.Count);
    }

    [Fact]
    public void WriteR0AfterSearchHomeAddress_ReformatsTheTrack()
    {
        var bed = new EckdTestBed();
        bed.Format(5, 5, (new byte[0], EckdTestBed.Bytes(8, 0x11)));
        bed.Out(CommandCodes.SetFileMask, CC, new byte[] { 0xC0 });
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(5, 5));
        bed.Out(CommandCodes.SearchHomeAddressEqual, CC, new byte[] { 0, 5, 0, 5 });
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1010));
        bed.Out(CommandCodes.WriteRecordZero, CcwFlags.None, CountKeyData(5, 5, 0, new byte[0], EckdTestBed.Bytes(8, 0x77)));
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        var track = bed.Store.ReadTrack(5, 5);
        Assert.Single(track.Records);
        Assert.Equal(EckdTestBed.Bytes(8, 0x77), track.Data(0).ToArray());
    }

    [Fact]
    public void WriteR0WithoutAllowAllWritesMask_IsRejected()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(5, 5));
        bed.Out(CommandCodes.SearchHomeAddressEqual, CC, new byte[] { 0, 5, 0, 5 });
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1008));
        bed.Out(CommandCodes.WriteRecordZero, CcwFlags.None, CountKeyData(5, 5, 0, new byte[0], new byte[8]));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
    }

    [Fact]
    public void FileMaskInhibitingWrites_RejectsWriteData()
    {
        var bed = new EckdTestBed();
        bed.Format(2, 0, (new byte[0], EckdTestBed.Bytes(8, 0x11)));
        bed.Out(CommandCodes.DefineExtent, CC, EckdTestBed.Extent(0x40));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(2, 0));
        bed.Out(CommandCodes.SearchIdEqual, CC, EckdTestBed.Id(2, 0, 1));
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1010));
        bed.Out(CommandCodes.WriteData, CcwFlags.None, EckdTestBed.Bytes(8, 0x99));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(EckdTestBed.Bytes(8, 0x11), bed.Store.ReadTrack(2, 0).Data(1).ToArray());
    }

    [Fact]
    public void Erase_RemovesTheRecordsAfterTheOneFound()
    {
        var bed = new EckdTestBed();
        bed.Format(6, 0, (new byte[0], new byte[8]), (new byte[0], new byte[8]), (new byte[0], new byte[8]));
        bed.Out(CommandCodes.Seek, CC, EckdTestBed.SeekArgument(6, 0));
        bed.Out(CommandCodes.SearchIdEqual, CC, EckdTestBed.Id(6, 0, 1));
        bed.Add(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1008));
        bed.Out(CommandCodes.Erase, CcwFlags.SuppressLength, new byte[8]);
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
        Assert.Equal(2, bed.Store.ReadTrack(6, 0).Records.Count);
    }
}
