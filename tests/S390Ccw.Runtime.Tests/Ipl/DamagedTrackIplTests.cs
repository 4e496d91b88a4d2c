using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Ipl;
using Xunit;

namespace S390Ccw.Runtime.Tests.Ipl;

/// <summary>
/// A track the image cannot give, met during an IPL, ends it the architected way: unit check with sense
/// byte 1 "invalid track format" and the track's address in the sense, as Hercules presents a bad track
/// image (cckddasd.c cckd_read_trk); the image's account of the damage is kept for the tools.
/// </summary>
public sealed class DamagedTrackIplTests
{
    /// <summary>IPL2 reads R1 of track (0,1), the track the tests damage.</summary>
    private const string Volume = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
            READ cyl0 trk1 rec1 -> 0x10000, CC
            READ cyl0 trk0 rec5 -> 0
        volume DMG1 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
            record 0 1 1 data ebcdic "PAYLOAD"
            record 0 0 5 data psw 0x000A0000_0000BEEF
        """;

    [Theory]
    [InlineData(IplMode.Hardware)]
    [InlineData(IplMode.QemuBios)] // (Prefetch never reaches IPL2's READ: vfio-ccw runs the stale CCWs of IPL1)
    public void DamagedTrackReadByIpl2_IsUnitCheckInvalidTrackFormat(IplMode mode)
    {
        var store = new DamagingTrackStore(BootVolumes.Build(Volume), 0, 1);

        var result = new IplSequencer(store).Run(mode);

        Assert.Equal(IplFailureKind.UnitCheck, result.Failure);
        Assert.Equal(Eckd3390Device.SenseInvalidTrackFormat, result.Sense[1]);
        Assert.Equal(0, result.Sense[5]); // cylinder low byte
        Assert.Equal(1, result.Sense[6]); // cylinder high nibble 0, head 1
        Assert.Equal(1, result.Sense[31]);
        Assert.NotNull(result.ImageDamage);
        Assert.Equal(1, result.ImageDamage!.Head);
        Assert.Contains("the image is damaged at damaged.3390: track (cyl 0, head 1), byte offset 4242", result.FailureMessage);
    }

    [Fact]
    public void DamagedTrackZero_IsUnitCheckOfReadIpl()
    {
        var store = new DamagingTrackStore(BootVolumes.Build(Volume), 0, 0);

        var result = new IplSequencer(store).Run(IplMode.Hardware);

        Assert.Equal(IplFailureKind.UnitCheck, result.Failure);
        Assert.Equal(Eckd3390Device.SenseInvalidTrackFormat, result.Sense[1]);
        Assert.Equal(0, result.ImageDamage!.Head);
        Assert.Equal(1, result.CcwsExecuted); // READ IPL itself ends with the unit check
    }

    [Fact]
    public void UndamagedVolume_HasNoImageDamage()
    {
        var result = new IplSequencer(BootVolumes.Build(Volume)).Run(IplMode.Hardware);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Null(result.ImageDamage);
    }
}
