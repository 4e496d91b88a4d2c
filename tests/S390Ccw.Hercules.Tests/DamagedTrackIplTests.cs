using System.Linq;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>
/// A track whose home address names another track is a track the 3390 cannot read. Hercules 3.13
/// (HHCDA035E "invalid track header", ckddasd.c) ends READ IPL with unit check and sense byte 1
/// "invalid track format"; the emulator presents the same status and sense, and names the damage.
/// </summary>
public sealed class DamagedTrackIplTests
{
    [HerculesFact]
    public void WrongHomeAddressOnTrackZero_IsUnitCheckInvalidTrackFormat_InBoth()
    {
        using var directory = new TestDirectory();
        string image = directory.File("damaged.3390");
        var bytes = CkdTestVolume.Build(IplTestVolumes.TwoStage());
        bytes[512 + 4] = 7; // track 0's HA is 0 CC HH: its last byte now says head 7 (s390.md §8.2)
        System.IO.File.WriteAllBytes(image, bytes);

        HerculesRun hercules = HerculesRunner.Ipl(image, VolumeRuns.Device, HerculesRunOptions.Default);
        using var store = CkdImage.Open(image, readOnly: true);
        var ours = new IplSequencer(store).Run(IplMode.Hardware);

        HerculesIplFailure failure = Assert.IsType<HerculesIplFailure>(hercules.IplFailure);
        Assert.Equal((ushort)0x0E00, failure.Status); // CE DE UC, no subchannel status
        Assert.Equal(0x40, failure.Sense[1]);          // invalid track format
        Assert.Equal(0x0E, (byte)ours.LastScsw.DeviceStatus);
        Assert.Equal(IplFailureKind.UnitCheck, ours.Failure);
        // The 24 bytes Hercules prints with the CCW trace are the ones both build the same way.
        Assert.Equal(hercules.Trace[^1].Sense.AsSpan(0, 24).ToArray(), ours.Sense.Take(24).ToArray());
        Assert.Equal(hercules.Trace.Length, (int)ours.CcwsExecuted);
        Assert.Contains("home address", ours.ImageDamage!.Problem);
    }
}
