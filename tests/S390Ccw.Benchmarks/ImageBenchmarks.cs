using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Images;

namespace S390Ccw.Benchmarks;

/// <summary>
/// Writing an empty 3390-3 (3339 cylinders, 2.85 GB in two files) with our writer and with Hercules'
/// <c>dasdinit</c>, side by side in one run. The floor (issue 3): ours is no slower than dasdinit.
/// `dotnet run -c Release --project tests/S390Ccw.Benchmarks -- --filter '*ImageBenchmarks*'`.
/// Each operation is one whole volume, so a few iterations suffice; files go to a fresh temporary
/// folder in the system temp folder and are deleted after every iteration.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ImageBenchmarks
{
    private string _folder = string.Empty;
    private string? _dasdinit;

    [GlobalSetup]
    public void FindDasdinit()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "dasdinit");
            if (File.Exists(candidate)) _dasdinit = candidate;
        }
    }

    [IterationSetup]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "s390ccw-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
    }

    [IterationCleanup]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>Every byte written, as dasdinit does (the default writer).</summary>
    [Benchmark]
    public int OurWriter() => CkdImageWriter.CreateEmpty(Path.Combine(_folder, "ours.dsk"), Dasd3390Model.Model3, "BENCH1").Count;

    /// <summary>The same bytes, with the zero padding of every track left as file holes.</summary>
    [Benchmark]
    public int OurWriterSparse() =>
        CkdImageWriter.CreateEmpty(Path.Combine(_folder, "sparse.dsk"), Dasd3390Model.Model3, "BENCH1", new CkdImageOptions { Sparse = true }).Count;

    /// <summary>Hercules 3.13: <c>dasdinit theirs.dsk 3390-3 BENCH1</c>.</summary>
    [Benchmark(Baseline = true)]
    public int Dasdinit()
    {
        if (_dasdinit is null) throw new InvalidOperationException("dasdinit (Hercules) is not on PATH");
        var start = new ProcessStartInfo(_dasdinit) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("theirs.dsk");
        start.ArgumentList.Add("3390-3");
        start.ArgumentList.Add("BENCH1");
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dasdinit failed with exit code {process.ExitCode}");
        return process.ExitCode;
    }
}
