using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices;

/// <summary>SENSE, SENSE ID, READ DEVICE CHARACTERISTICS, NOP and unknown commands (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c, GA32-0274, sense bytes; Hercules ckddasd.c ckd_build_sense).</summary>
public sealed class EckdSenseTests
{
    [Fact]
    public void SenseWithoutError_HasPositionAndByte27()
    {
        var bed = new EckdTestBed();
        bed.Out(CommandCodes.Seek, CcwFlags.None, EckdTestBed.SeekArgument(3, 5));
        bed.Run();
        var sense = bed.ReadSense();
        Assert.Equal(0, sense[0]);
        Assert.Equal(0, sense[1]);
        // Bytes 5-6: cylinder low byte, then (cylinder high nibble << 4) | head; 29-30 cylinder, 31 head.
        Assert.Equal(3, sense[5]);
        Assert.Equal(5, sense[6]);
        Assert.Equal(0x80, sense[27]);
        Assert.Equal(new byte[] { 0, 3, 5 }, sense[29..32]);
    }

    [Fact]
    public void Sense_ClearsThePendingSense()
    {
        var bed = new EckdTestBed();
        bed.Add(new Ccw(0xF3, CcwFlags.None, 1, 0x4000)); // not a 3390 command
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        var first = bed.ReadSense();
        Assert.Equal(0x80, first[0]);
        Assert.Equal(0x01, first[7]);
        Assert.Equal(0x00, bed.ReadSense()[0]);
    }

    [Fact]
    public void SenseId_Reports3390On2107()
    {
        // IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c: FF 2107 E8 3390 <model> 00 then the CIWs 40FA0100 41270004 423E01A0 433E0008.
        // A 10-cylinder volume reports the smallest model that holds it, 3390-1 (model byte 0x02).
        var bed = new EckdTestBed();
        bed.In(CommandCodes.SenseId, CcwFlags.SuppressLength, 256);
        var scsw = bed.Run();
        Assert.Equal(256 - 24, scsw.ResidualCount);
        var expected = new byte[]
        {
            0xFF, 0x21, 0x07, 0xE8, 0x33, 0x90, 0x02, 0x00,
            0x40, 0xFA, 0x01, 0x00, 0x41, 0x27, 0x00, 0x04, 0x42, 0x3E, 0x01, 0xA0, 0x43, 0x3E, 0x00, 0x08,
        };
        Assert.Equal(expected, bed.Input(24));
    }

    [Fact]
    public void ReadDeviceCharacteristics_FollowsHerculesDevchar()
    {
        // dasdtab.c dasd_build_ckd_devchar with the 3390-3 row: 3339 cylinders (0x0D0B), 15 heads,
        // 224 sectors, track length 58786 (0xE5A2), HA+R0 1428 (0x0594), formula 2 factors
        // 34 19 9 6 116, R0 max 57326 (0xDFEE), f6 6, RPS 0x7708, cylinders again at 60.
        var store = new global::S390Ccw.Runtime.Devices.Eckd.MemoryTrackStore(S390Ccw.Language.Devices.Dasd3390Model.Model3);
        var storage = new S390Ccw.Runtime.Storage.GuestStorage(64 * 1024);
        var channel = new ChannelSubsystem(storage);
        channel.Attach(0x300, new global::S390Ccw.Runtime.Devices.Eckd.Eckd3390Device(store));
        storage.Write(0x100, new Ccw(CommandCodes.ReadDeviceCharacteristics, CcwFlags.None, 64, 0x200).ToBytes(CcwFormat.Format1));
        channel.StartSubchannel(0x300, Orb.For(0x100));
        Assert.Equal(SubchannelStatus.None, channel.TestSubchannel(0x300).Irb!.Scsw.SubchannelStatus);
        var rdc = storage.ReadBytes(0x200, 64);
        Assert.Equal(new byte[] { 0x21, 0x07, 0xE8, 0x33, 0x90, 0x0A }, rdc[..6]);
        Assert.Equal(new byte[] { 0x20, 0x24, 0x0D, 0x0B, 0x00, 0x0F, 0xE0 }, rdc[10..17]);
        Assert.Equal(new byte[] { 0xE5, 0xA2, 0x05, 0x94, 0x02, 34, 19, 9, 6, 116 }, rdc[18..28]);
        Assert.Equal(new byte[] { 0xDF, 0xEE }, rdc[44..46]);
        Assert.Equal(new byte[] { 0x06, 0x77, 0x08 }, rdc[48..51]);
        Assert.Equal(new byte[] { 0x00, 0x00, 0x0D, 0x0B }, rdc[60..64]);
    }

    [Fact]
    public void Nop_EndsNormally()
    {
        var bed = new EckdTestBed();
        bed.Add(new Ccw(CommandCodes.Nop, CcwFlags.SuppressLength, 1, 0));
        Assert.Equal(UnitStatus.Normal, bed.Run().DeviceStatus);
    }

    [Fact]
    public void DataChainedWrite_IsRejected()
    {
        var bed = new EckdTestBed();
        bed.Add(new Ccw(CommandCodes.Seek, CcwFlags.ChainData, 3, 0x4000));
        bed.Add(new Ccw(CommandCodes.Seek, CcwFlags.None, 3, 0x4003));
        Assert.Equal(UnitStatus.Normal | UnitStatus.UnitCheck, bed.Run().DeviceStatus);
        Assert.Equal(0x01, bed.ReadSense()[7]);
    }
}
