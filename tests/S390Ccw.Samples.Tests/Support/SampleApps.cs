using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace S390Ccw.Samples.Tests.Support;

/// <summary>
/// Where the samples were built (recorded by the test project's RecordSamplePaths target) and how to run
/// one as its own process, the way a user runs it.
/// </summary>
public static class SampleApps
{
    public static string RepositoryRoot => Metadata("RepositoryRoot");

    /// <summary>The configuration the tests (and so the samples) were built in.</summary>
    public static string Configuration => Metadata("Configuration");

    public static string ProjectOf(string sample) => Path.Combine(RepositoryRoot, "samples", sample, sample + ".csproj");

    /// <summary>The built program (<c>samples/NAME/bin/…/NAME.dll</c>) of a sample.</summary>
    public static string PathOf(string sample)
    {
        string path = Metadata("Sample:" + sample);
        if (!File.Exists(path)) throw new InvalidOperationException($"sample {sample} was not built: {path} is missing");
        return path;
    }

    public static ProcessResult Run(string sample, params string[] arguments) =>
        ProcessRunner.Run(
            ProcessRunner.DotnetHost,
            new[] { PathOf(sample) }.Concat(arguments),
            Path.GetDirectoryName(PathOf(sample))!,
            TimeSpan.FromSeconds(60));

    private static string Metadata(string key) =>
        typeof(SampleApps).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"assembly metadata '{key}' is missing (see RecordSamplePaths in the test project)");
}
