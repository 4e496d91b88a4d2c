using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;
using S390Ccw.TestSupport.Hercules;

namespace S390Ccw.Benchmarks;

/// <summary>
/// Issue 6's figures: `ccw ipl` on a volume that loads a 12 MiB payload (one record per track, a
/// SEEK/SEARCH_ID_EQ/TIC/READ_DATA group per track) against Hercules IPLing the same image, both as whole
/// processes, side by side. Floors: the `ccw ipl` process no slower than Hercules' (ratio ≤ 1.0), and our
/// in-process IPL from the image file at most half of Hercules' IPL time (its run with the IPL minus its run
/// without). The ccw tool is published ReadyToRun (-p:CcwReadyToRun=true) in the setup.
/// Run: dotnet run -c Release --project tests/S390Ccw.Benchmarks -- --filter '*ProcessIplBenchmarks*'
/// </summary>
[ShortRunJob]
public class ProcessIplBenchmarks
{
    private const int PayloadBytes = 12 * 1024 * 1024;
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "s390ccw-process-bench");
    private string _image = null!;
    private string _ccw = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (HerculesTools.Hercules is null) throw new InvalidOperationException("hercules is not installed (apt-get install hercules)");
        Directory.CreateDirectory(Work);
        _image = Path.Combine(Work, "payload.3390");
        if (!File.Exists(_image)) PayloadVolume.Build(PayloadBytes).Layout.WriteImage(_image);
        _ccw = Path.Combine(Work, "ccw", "ccw");
        if (!File.Exists(_ccw)) Publish();
        var check = CcwIpl();
        if (check != 0) throw new InvalidOperationException($"ccw ipl exited {check}");
        var hercules = HerculesIpl();
        if (hercules.IplFailure is not null || !hercules.IsDisabledWait) throw new InvalidOperationException("Hercules did not boot the image:\n" + hercules.Log);
    }

    [Benchmark(Baseline = true, Description = "hercules: ipl 0120 (whole process)")]
    public HerculesRun HerculesIpl() => HerculesRunner.Ipl(_image, 0x0120, Options);

    [Benchmark(Description = "hercules: start and stop, no IPL (whole process)")]
    public HerculesRun HerculesStartOnly() => HerculesRunner.StartAndQuit(_image, 0x0120, Options);

    [Benchmark(Description = "ccw ipl (whole process, ReadyToRun)")]
    public int CcwIpl()
    {
        using var process = Process.Start(new ProcessStartInfo(_ccw, new[] { "ipl", _image }) { RedirectStandardOutput = true, UseShellExecute = false })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    [Benchmark(Description = "IPL in process, streaming the image file")]
    public IplResult InProcessIpl()
    {
        using var volume = CkdImage.Open(_image, readOnly: true);
        return new IplSequencer(volume).Run(IplMode.Hardware);
    }

    private static HerculesRunOptions Options => HerculesRunOptions.Default with { TraceCcws = false };

    private static void Publish()
    {
        string root = RepositoryRoot();
        var arguments = new[]
        {
            "publish", Path.Combine(root, "cli", "S390Ccw.Cli", "S390Ccw.Cli.csproj"), "-c", "Release",
            "-p:CcwReadyToRun=true", "-o", Path.Combine(Work, "ccw"),
        };
        var start = new ProcessStartInfo("dotnet", arguments) { UseShellExecute = false };
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("dotnet publish of ccw failed");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "S390Ccw.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("S390Ccw.sln not found");
    }
}
