using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using S390Ccw.Samples.Tests.Support;

namespace S390Ccw.Samples.Tests.Package;

/// <summary>
/// Packs packaging/S390Ccw into a temporary feed, then restores, builds and runs <see cref="ConsumerProject"/>
/// against that feed (added to the configured sources, so Sprache and SharpZipLib restore as usual) with a
/// private NUGET_PACKAGES folder, so that a stale cached S390Ccw can never hide a packaging bug.
/// Done once for the test class: it is the slow part (about a minute on 2 cores).
/// </summary>
public sealed class PackagedConsumer : IDisposable
{
    public const string Version = "0.1.0";

    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);

    public PackagedConsumer()
    {
        Feed = Path.Combine(Work.Path, "feed");
        PackagesFolder = Path.Combine(Work.Path, "packages");
        ConsumerDirectory = Path.Combine(Work.Path, "consumer");
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

        string root = SampleApps.RepositoryRoot;
        // The pack itself uses the machine's package folder: only the consumer must not see a cached S390Ccw.
        Pack = ProcessRunner.Run(ProcessRunner.DotnetHost, new[] { "pack", Path.Combine(root, "packaging", "S390Ccw"), "-c", "Release", "-o", Feed }, root, StepTimeout);
        if (Pack.ExitCode != 0) return;

        ConsumerProject.WriteTo(ConsumerDirectory, Version);
        // One line per diagnostic with the file's full path, whatever the terminal.
        Build = Dotnet(ConsumerDirectory, "build", "-c", "Release", "-p:RestoreAdditionalProjectSources=" + Feed, "-tl:off", "-p:GenerateFullPaths=true");
        if (Build.ExitCode != 0) return;
        string program = Path.Combine(ConsumerDirectory, "bin", "Release", "net10.0", ConsumerProject.Name + ".dll");
        Run = ProcessRunner.Run(ProcessRunner.DotnetHost, new[] { program, Work.Path }, ConsumerDirectory, TimeSpan.FromMinutes(1));
        severityBuild = new Lazy<ProcessResult>(BuildSeverityProject);
        net8Build = new Lazy<ProcessResult>(BuildNet8Project);
    }

    private readonly Lazy<ProcessResult>? net8Build;

    /// <summary>The build of a net8.0 library that references the package (expected to fail with CCW1007), done when first asked for.</summary>
    public ProcessResult? Net8Build => net8Build?.Value;

    private ProcessResult BuildNet8Project()
    {
        string directory = Path.Combine(Work.Path, "net8");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Old.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="S390Ccw" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "boot.ccw"), "program p format0 at 0x1000\n    NOP 0, len 1\n");
        File.WriteAllText(Path.Combine(directory, "Old.cs"), "namespace Old;\n\npublic static class Uses\n{\n    public static string Name => Boot.P.Name;\n}\n");
        return Dotnet(directory, "build", "-c", "Release", "-p:RestoreAdditionalProjectSources=" + Feed, "-tl:off", "-p:GenerateFullPaths=true");
    }

    private readonly Lazy<ProcessResult>? severityBuild;

    /// <summary>The build of <see cref="SeverityProject"/> (expected to fail on its CCW0202 error), done when first asked for.</summary>
    public ProcessResult? SeverityBuild => severityBuild?.Value;

    public string SeverityDirectory => Path.Combine(Work.Path, "severity");

    private ProcessResult BuildSeverityProject()
    {
        SeverityProject.WriteTo(SeverityDirectory, Version);
        return Dotnet(SeverityDirectory, "build", "-c", "Release", "-p:RestoreAdditionalProjectSources=" + Feed, "-tl:off", "-p:GenerateFullPaths=true");
    }

    public TestDirectory Work { get; } = new("s390ccw-package-");

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string ConsumerDirectory { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string PackagePath => Path.Combine(Feed, $"S390Ccw.{Version}.nupkg");

    public ProcessResult Pack { get; }

    public ProcessResult? Build { get; }

    public ProcessResult? Run { get; }

    /// <summary>A dotnet command in the consumer's environment (its private package folder).</summary>
    public ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run(ProcessRunner.DotnetHost, arguments, workingDirectory, StepTimeout, Environment);

    /// <summary>The AdditionalFiles items MSBuild evaluates for the consumer with the given extra properties.</summary>
    public string[] EvaluateAdditionalFiles(params string[] properties)
    {
        var result = Dotnet(ConsumerDirectory, new[] { "msbuild", ConsumerProject.Name + ".csproj", "-getItem:AdditionalFiles" }.Concat(properties).ToArray());
        if (result.ExitCode != 0) throw new InvalidOperationException(result.Describe());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("Items").TryGetProperty("AdditionalFiles", out var items)
            ? items.EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!.Replace('\\', '/')).OrderBy(s => s, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
    }

    public void Dispose() => Work.Dispose();
}
