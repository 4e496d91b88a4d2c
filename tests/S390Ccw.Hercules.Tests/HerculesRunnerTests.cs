using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>The runner's process handling: start-only runs, missing images, timeouts, parallel runs, long displays.</summary>
public sealed class HerculesRunnerTests
{
    [HerculesFact]
    public void StartAndQuit_RunsNoCcwAndLeavesTheResetPsw()
    {
        using var directory = new TestDirectory();
        string image = directory.File("volume.3390");
        CkdTestVolume.Write(image, IplTestVolumes.TwoStage());

        HerculesRun run = HerculesRunner.StartAndQuit(image, VolumeRuns.Device, HerculesRunOptions.Default);

        Assert.True(run.ScriptFinished, run.Log);
        Assert.False(run.TimedOut);
        Assert.Empty(run.Trace);
        Assert.Null(run.IplFailure);
        Assert.Equal(new byte[8], run.FinalPsw);
        Assert.DoesNotContain("ipl", run.Script);
        Assert.True(run.Elapsed > TimeSpan.Zero && run.Elapsed <= run.TotalElapsed);
    }

    [HerculesFact]
    public void MissingImage_IplFailsAsDeviceNotInConfiguration()
    {
        using var directory = new TestDirectory();

        HerculesRun run = HerculesRunner.Ipl(directory.File("absent.3390"), VolumeRuns.Device, HerculesRunOptions.Default);

        Assert.Equal(HerculesIplFailureKind.DeviceNotInConfiguration, run.IplFailure?.Kind);
        Assert.Contains(run.Parsed.Errors, error => error.StartsWith("HHCDA002E", StringComparison.Ordinal));
        Assert.Empty(run.Trace);
    }

    [HerculesFact]
    public void Timeout_KillsTheProcessAndSaysSo()
    {
        using var directory = new TestDirectory();
        string image = directory.File("volume.3390");
        CkdTestVolume.Write(image, IplTestVolumes.TwoStage());
        HerculesRunOptions options = HerculesRunOptions.Default with { PauseSeconds = 30, Timeout = TimeSpan.FromSeconds(1) };

        HerculesRun run = HerculesRunner.Ipl(image, VolumeRuns.Device, options);

        Assert.True(run.TimedOut);
        Assert.False(run.ScriptFinished);
        Assert.True(run.TotalElapsed < TimeSpan.FromSeconds(10), run.TotalElapsed.ToString());
        // The IPL itself ran before the pause, so its trace is there.
        Assert.Equal(4, run.Trace.Length);
        Assert.False(IsRunning(run.ProcessId), $"hercules {run.ProcessId} is still running");
    }

    [HerculesFact]
    public void ParallelRunsOnOneImage_AllSucceed()
    {
        using var directory = new TestDirectory();
        string image = directory.File("volume.3390");
        CkdTestVolume.Write(image, IplTestVolumes.TwoStage());

        HerculesRun[] runs = Enumerable.Range(0, 3)
            .Select(_ => Task.Run(() => HerculesRunner.Ipl(image, VolumeRuns.Device, HerculesRunOptions.Default)))
            .Select(task => task.GetAwaiter().GetResult())
            .ToArray();

        Assert.All(runs, run =>
        {
            Assert.Null(run.IplFailure);
            Assert.Equal(IplTestVolumes.DisabledWaitPsw, run.FinalPsw);
        });
    }

    [HerculesFact]
    public void LongStorageRange_IsReassembledAcrossDisplays()
    {
        // 0x1000-0x300F spans three r commands; IPL2 sits at 0x2000 and R3's pattern at 0x3000.
        HerculesRun run = VolumeRuns.Ipl(IplTestVolumes.TwoStage(), fixtureName: null,
            new HerculesStorageRequest(0x1000, 0x2010));

        HerculesStorageRange range = Assert.Single(run.Storage);
        Assert.True(range.IsAvailable);
        Assert.Equal(0x2010, range.Bytes.Length);
        Assert.Equal(Bytes.Of("06003000 00000010"), range.Bytes.AsSpan(0x1000, 8).ToArray());
        Assert.Equal(IplTestVolumes.Pattern, range.Bytes.AsSpan(0x2000, 16).ToArray());
        Assert.All(range.Bytes.AsSpan(0, 0x1000).ToArray(), b => Assert.Equal(0, b));
    }

    [HerculesFact]
    public void RangeBeyondMainStorage_IsNotAvailable()
    {
        // MAINSIZE 16 ends at 0x1000000; Hercules answers "Real address is not valid".
        HerculesRun run = VolumeRuns.Ipl(IplTestVolumes.TwoStage(), fixtureName: null,
            new HerculesStorageRequest(0xFFFFF0, 0x20));

        Assert.False(Assert.Single(run.Storage).IsAvailable);
        Assert.NotNull(run.ReadStorage(0xFFFFF0, 16));
        Assert.Contains(run.Parsed.StorageRows, row => !row.IsValid && row.Address == 0x1000000);
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using Process process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
