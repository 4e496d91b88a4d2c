using System;
using System.Collections.Generic;
using System.Linq;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;
using Xunit.Abstractions;

namespace S390Ccw.Hercules.Tests;

/// <summary>
/// How long one Hercules run takes, with and without the IPL, so that the cost of starting
/// Hercules can be subtracted from a comparison. Prints the figures; asserts only a loose ceiling.
/// </summary>
public sealed class HerculesTimingTests
{
    private const int Runs = 10;

    private readonly ITestOutputHelper output;

    public HerculesTimingTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [HerculesFact]
    public void TwoStageIpl_AndStartOnly_WallTimes()
    {
        using var directory = new TestDirectory();
        string image = directory.File("volume.3390");
        CkdTestVolume.Write(image, IplTestVolumes.TwoStage());
        HerculesRunOptions options = HerculesRunOptions.Default with { Storage = new[] { new HerculesStorageRequest(0x3000, 0x10) } };

        // One warm-up of each, so the first process start (page cache, JIT of the runner) is not counted.
        HerculesRunner.Ipl(image, VolumeRuns.Device, options);
        HerculesRunner.StartAndQuit(image, VolumeRuns.Device, options);

        var ipl = new List<double>();
        var startOnly = new List<double>();
        var iplTotal = new List<double>();
        for (int i = 0; i < Runs; i++)
        {
            HerculesRun withIpl = HerculesRunner.Ipl(image, VolumeRuns.Device, options);
            Assert.Null(withIpl.IplFailure);
            ipl.Add(withIpl.Elapsed.TotalMilliseconds);
            iplTotal.Add(withIpl.TotalElapsed.TotalMilliseconds);
            HerculesRun withoutIpl = HerculesRunner.StartAndQuit(image, VolumeRuns.Device, options);
            Assert.Empty(withoutIpl.Trace);
            startOnly.Add(withoutIpl.Elapsed.TotalMilliseconds);
        }

        output.WriteLine($"Hercules two-stage IPL run: {Describe(ipl)}");
        output.WriteLine($"Hercules start-and-quit run: {Describe(startOnly)}");
        output.WriteLine($"IPL minus start-up (medians): {Median(ipl) - Median(startOnly):F1} ms");
        output.WriteLine($"Hercules two-stage IPL run, process stop included: {Describe(iplTotal)}");
        Assert.All(iplTotal.Concat(startOnly), ms => Assert.True(ms < 5000, $"a run took {ms:F0} ms"));
    }

    private static string Describe(List<double> milliseconds) =>
        $"median {Median(milliseconds):F1} ms, min {milliseconds.Min():F1} ms, max {milliseconds.Max():F1} ms over {milliseconds.Count} runs";

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
