using System.Collections.Generic;
using S390Ccw.TestSupport.Hercules;

namespace S390Ccw.Hercules.Tests.Support;

/// <summary>Writes a hand-made volume and IPLs it in Hercules, keeping the log as a fixture (when named and asked for).</summary>
public static class VolumeRuns
{
    /// <summary>The device number every test uses (the address Hercules channel.c display_ccw and msgenu.h (CCW trace)'s examples use).</summary>
    public const ushort Device = 0x0120;

    public static HerculesRun Ipl(IReadOnlyList<CkdTestRecord> track0, string? fixtureName, params HerculesStorageRequest[] storage)
    {
        using var directory = new TestDirectory();
        string image = directory.File("volume.3390");
        CkdTestVolume.Write(image, track0);
        HerculesRun run = HerculesRunner.Ipl(image, Device, HerculesRunOptions.Default with { Storage = storage });
        if (fixtureName is not null)
            FixtureLogs.SaveIfRequested(fixtureName, run.Log);
        return run;
    }
}
