using System;
using System.IO;
using S390Ccw.Samples.Tests.Support;

namespace S390Ccw.Samples.Tests.ZiplStyle;

/// <summary>
/// samples/ZiplStyle compiled once more, so that its build output (the analyzers' warnings) can be read:
/// only its own compilation (--no-dependencies; --no-incremental, as the compiler must run to report). It
/// rewrites the sample's program (with the same bytes: builds are deterministic), so the tests that run
/// the sample are in the same collection and never run at the same time.
/// </summary>
public sealed class ZiplStyleBuild
{
    public const string Collection = "ZiplStyle sample";

    public ZiplStyleBuild()
    {
        string project = SampleApps.ProjectOf("ZiplStyle");
        Result = ProcessRunner.Run(
            ProcessRunner.DotnetHost,
            new[]
            {
                "build", project, "--no-restore", "--no-dependencies", "--no-incremental",
                "-c", SampleApps.Configuration,
                // One line per diagnostic, with the file's full path, whatever the terminal.
                "-tl:off", "-clp:NoSummary", "-p:GenerateFullPaths=true",
            },
            Path.GetDirectoryName(project)!,
            TimeSpan.FromMinutes(3));
    }

    public ProcessResult Result { get; }
}
