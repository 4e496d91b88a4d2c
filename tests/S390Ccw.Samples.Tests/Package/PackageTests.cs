using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Security.Cryptography;
using System.Xml.Linq;
using S390Ccw.Samples.Tests.Support;
using Xunit;

namespace S390Ccw.Samples.Tests.Package;

/// <summary>
/// The S390Ccw package as a user gets it: its layout (Roslyn docs/features/source-generators.cookbook.md, "Use functionality from NuGet packages"; NuGet docs, "buildTransitive" props; Roslyn docs/features/source-generators.cookbook.md, additional files), its dependencies, and a
/// project outside the repository that restores it from a local feed, builds and runs.
/// </summary>
public sealed class PackageTests : IClassFixture<PackagedConsumer>
{
    private readonly PackagedConsumer package;

    public PackageTests(PackagedConsumer package) => this.package = package;

    private string[] Entries()
    {
        Assert.True(package.Pack.ExitCode == 0, package.Pack.Describe());
        using var zip = ZipFile.OpenRead(package.PackagePath);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    [Fact]
    public void Package_LibHoldsTheRuntimeAndTheLanguageCore()
    {
        var lib = Entries().Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        // With their XML documentation beside them, for IntelliSense.
        Assert.Equal(new[] { "lib/net10.0/S390Ccw.Language.dll", "lib/net10.0/S390Ccw.Language.xml", "lib/net10.0/S390Ccw.Runtime.dll", "lib/net10.0/S390Ccw.Runtime.xml" }, lib);
    }

    [Fact]
    public void Package_AnalyzerFolderHoldsTheCompilerComponentsAndWhatTheyLoad()
    {
        var analyzers = Entries().Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        // The compiler loads only this folder: the generator needs the language core and Sprache beside it.
        var expected = new[] { "S390Ccw.Analyzers.dll", "S390Ccw.CodeFixes.dll", "S390Ccw.Generator.dll", "S390Ccw.Language.dll", "Sprache.dll" };
        Assert.Equal(expected.Select(f => "analyzers/dotnet/cs/" + f), analyzers);
    }

    [Fact]
    public void Package_PropsAreInBuildAndBuildTransitiveAndNoOtherAssemblies()
    {
        var entries = Entries();

        Assert.Contains("build/S390Ccw.props", entries);
        Assert.Contains("buildTransitive/S390Ccw.props", entries);
        Assert.Contains("build/S390Ccw.targets", entries);
        Assert.Contains("buildTransitive/S390Ccw.targets", entries);
        Assert.All(entries.Where(e => e.EndsWith(".dll", StringComparison.Ordinal)),
            e => Assert.True(e.StartsWith("lib/net10.0/", StringComparison.Ordinal) || e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal), e));
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var build = new StreamReader(zip.GetEntry("build/S390Ccw.props")!.Open());
        using var transitive = new StreamReader(zip.GetEntry("buildTransitive/S390Ccw.props")!.Open());
        Assert.Equal(transitive.ReadToEnd(), build.ReadToEnd());
    }

    [Fact]
    public void Package_HasReadmeLicenceAndRepository()
    {
        var metadata = Nuspec().Descendants().Where(e => e.Parent?.Name.LocalName == "metadata").ToDictionary(e => e.Name.LocalName, e => e);

        Assert.Equal("README.md", metadata["readme"].Value);
        Assert.Contains("README.md", Entries());
        Assert.Equal("expression", metadata["license"].Attribute("type")!.Value);
        Assert.Equal("MIT", metadata["license"].Value);
        // The commit the package was built from (its URL too, where the clone has an origin).
        Assert.Equal("git", metadata["repository"].Attribute("type")!.Value);
        Assert.Matches("^[0-9a-f]{40}$", metadata["repository"].Attribute("commit")!.Value);
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/S390Ccw.Generator.dll")]
    [InlineData("analyzers/dotnet/cs/S390Ccw.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/S390Ccw.CodeFixes.dll")]
    public void CompilerComponents_AreBuiltAgainstRoslyn48(string entry)
    {
        // 4.8 loads in every compiler and IDE from that version on; a component built against a newer
        // Roslyn fails to load in older hosts (CS9057), and the code fixes must load where the analyzers do.
        using var reader = PortableExecutable(entry);
        var metadata = reader.GetMetadataReader();
        var roslyn = metadata.AssemblyReferences.Select(metadata.GetAssemblyReference)
            .Where(r => metadata.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Select(r => $"{metadata.GetString(r.Name)} {r.Version}").ToArray();

        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, r => Assert.EndsWith(" 4.8.0.0", r));
    }

    [Theory]
    [InlineData("lib/net10.0/S390Ccw.Runtime.dll")]
    [InlineData("lib/net10.0/S390Ccw.Language.dll")]
    public void LibAssemblies_CarryTheirSymbols(string entry)
    {
        using var reader = PortableExecutable(entry);

        Assert.Contains(reader.ReadDebugDirectory(), d => d.Type == System.Reflection.PortableExecutable.DebugDirectoryEntryType.EmbeddedPortablePdb);
    }

    private System.Reflection.PortableExecutable.PEReader PortableExecutable(string entry)
    {
        Assert.True(package.Pack.ExitCode == 0, package.Pack.Describe());
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = zip.GetEntry(entry)?.Open() ?? throw new Xunit.Sdk.XunitException(entry + " is not in the package");
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return new System.Reflection.PortableExecutable.PEReader(copy);
    }

    private XDocument Nuspec()
    {
        Assert.True(package.Pack.ExitCode == 0, package.Pack.Describe());
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var nuspec = zip.GetEntry("S390Ccw.nuspec")!.Open();
        return XDocument.Load(nuspec);
    }

    [Fact]
    public void Package_DependsOnSpracheAndSharpZipLibOnly()
    {
        var document = Nuspec();

        var dependencies = document.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => $"{e.Attribute("id")!.Value} {e.Attribute("version")!.Value}")
            .Order(StringComparer.Ordinal);
        // Central versions (Directory.Packages.props); nothing from Roslyn, whose assemblies the compiler provides.
        Assert.Equal(new[] { "SharpZipLib 1.4.1", "Sprache 2.3.1" }, dependencies);
    }

    [Fact]
    public void Consumer_RestoresTheFreshPackageFromTheFeed()
    {
        Assert.True(package.Build is { ExitCode: 0 }, package.Build?.Describe() ?? package.Pack.Describe());
        string restored = Path.Combine(package.PackagesFolder, "s390ccw", PackagedConsumer.Version, $"s390ccw.{PackagedConsumer.Version}.nupkg");

        Assert.True(File.Exists(restored), restored);
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(package.PackagePath)), SHA256.HashData(File.ReadAllBytes(restored)));
    }

    [Fact]
    public void Consumer_BuildsWithTheGeneratorLoaded()
    {
        Assert.True(package.Build is { ExitCode: 0 }, package.Build?.Describe() ?? package.Pack.Describe());
        // CS8784/CS8785: the generator failed to load or run (a missing Sprache, Roslyn docs/features/source-generators.cookbook.md, packaging a generator); CS9057: built against a newer compiler.
        foreach (string id in new[] { "CS8784", "CS8785", "CS9057", "AD0001" })
            Assert.DoesNotContain(id, package.Build!.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_BuildShowsTheAnalyzersPrefetchWarningAtTheCcwLine()
    {
        Assert.True(package.Build is { ExitCode: 0 }, package.Build?.Describe() ?? package.Pack.Describe());
        string file = Path.Combine(package.ConsumerDirectory, "boot", "pkg.ccw");

        // IPL2 (0x2000) is SEEK, SEARCH_ID_EQ, TIC *-8, then the READ_DATA at 0x2018 that stores stage 3 at
        // 0x3000 before the TIC runs it: a channel that copied the chain at the start runs what was there.
        string warning = package.Build!.Output.Split('\n').FirstOrDefault(l => l.Contains($"{file}({ConsumerProject.HazardLine},5): warning CCW0202: ", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException(package.Build.Describe());
        Assert.Contains("READ_DATA at 0x00002018", warning);
        Assert.Contains("overwrites the CCW at 0x00003000", warning);
    }

    [Fact]
    public void Consumer_BuildShowsThePrefetchStartWarningAtTheCall()
    {
        Assert.True(package.Build is { ExitCode: 0 }, package.Build?.Describe() ?? package.Pack.Describe());
        string file = Path.Combine(package.ConsumerDirectory, "Program.cs");
        int line = Array.FindIndex(File.ReadAllLines(file), l => l.Contains(ConsumerProject.PrefetchStart, StringComparison.Ordinal)) + 1;

        Assert.Contains($"{file}({line},", package.Build!.Output, StringComparison.Ordinal);
        Assert.Contains("): warning CCW2001: 'Consumer.Volumes.Pkg.Ipl2.Program' is started with prefetch", package.Build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_PrefetchStartRunsTheStaleStageThree()
    {
        Assert.True(package.Run is { ExitCode: 0 }, package.Run?.Describe() ?? package.Build?.Describe() ?? package.Pack.Describe());

        // The copy of 0x3000 taken at the start is zeros: command 00 is a program check (subchannel status 20) there.
        Assert.Contains("prefetch ended at 0x3000 device=00 subchannel=20\n", package.Run!.Output);
    }

    [Fact]
    public void Consumer_BootsTheGeneratedVolume()
    {
        Assert.True(package.Run is { ExitCode: 0 }, package.Run?.Describe() ?? package.Build?.Describe() ?? package.Pack.Describe());

        // boot/pkg.ccw's record 5 is the PSW the IPL loads.
        Assert.Contains("ipl PSW=000A0000 0000CAFE\n", package.Run!.Output);
    }

    [Fact]
    public void Consumer_StartsTheInlineProgramOnASubchannel()
    {
        Assert.True(package.Run is { ExitCode: 0 }, package.Run?.Describe() ?? package.Build?.Describe() ?? package.Pack.Describe());

        // A high-level READ is SEEK, SEARCH_ID_EQ, TIC *-8, READ_DATA (docs/language.md). It ends with CE+DE
        // (0C) and no subchannel status; R4 has 8 data bytes of the 64 asked for, so 56 are residual and SLI
        // keeps that from being incorrect length (SA22-7832 ch. 16, "Incorrect Length").
        Assert.Contains("inline 4 CCWs cc=0 device=0C subchannel=00 residual=56\n", package.Run!.Output);
        Assert.Contains("payload PACKAGED\n", package.Run.Output);
    }

    [Fact]
    public void Consumer_NamespacesComeFromCcwNamespaceMetadataOrTheRootNamespace()
    {
        Assert.True(package.Run is { ExitCode: 0 }, package.Run?.Describe() ?? package.Build?.Describe() ?? package.Pack.Describe());

        Assert.Contains("types Consumer.Volumes.Pkg Consumer.Extra+Probe\n", package.Run!.Output);
    }

    [Fact]
    public void Props_AddEveryCcwFileByDefault()
    {
        Assert.True(package.Build is { ExitCode: 0 }, package.Build?.Describe() ?? package.Pack.Describe());

        Assert.Equal(new[] { "boot/pkg.ccw", "extra.ccw" }, package.EvaluateAdditionalFiles());
    }

    [Fact]
    public void Props_EnableDefaultCcwItemsFalse_AddsNone()
    {
        Assert.True(package.Build is { ExitCode: 0 }, package.Build?.Describe() ?? package.Pack.Describe());

        Assert.Empty(package.EvaluateAdditionalFiles("-p:EnableDefaultCcwItems=false"));
    }

    [Fact]
    public void EditorConfig_SectionMakesCcw0202AnErrorInACcwFile()
    {
        var build = package.SeverityBuild ?? throw new Xunit.Sdk.XunitException(package.Build?.Describe() ?? package.Pack.Describe());
        string file = Path.Combine(package.SeverityDirectory, "strict", "strict.ccw");

        // [*.ccw] dotnet_diagnostic.CCW0202.severity = error: the hazard fails the build at its .ccw line.
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{file}({ConsumerProject.HazardLine},5): error CCW0202: ", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void EditorConfig_LaterSectionAndFolderConfigTurnCcw0202Off()
    {
        var build = package.SeverityBuild ?? throw new Xunit.Sdk.XunitException(package.Build?.Describe() ?? package.Pack.Describe());

        // [muted/*.ccw] in the root file and quiet/.editorconfig (a folder with no C# file) say none.
        Assert.Contains("CCW0202", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.Combine(package.SeverityDirectory, "muted"), build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.Combine(package.SeverityDirectory, "quiet"), build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning CCW0202", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Net8Consumer_GetsOneClearCcw1007()
    {
        var build = package.Net8Build ?? throw new Xunit.Sdk.XunitException(package.Build?.Describe() ?? package.Pack.Describe());

        // One message (MSBuild repeats errors in its summary: the same line twice), and no compiler error after it.
        Assert.NotEqual(0, build.ExitCode);
        var errors = build.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToArray();
        string error = Assert.Single(errors);
        Assert.Contains("error CCW1007: the S390Ccw package needs .NET 10 or later (net10.0); this project targets 'net8.0'", error);
    }

    [Fact]
    public void Targets_Ccw1007SaysTheCataloguesWords()
    {
        string targets = File.ReadAllText(Path.Combine(SampleApps.RepositoryRoot, "packaging", "S390Ccw", "buildTransitive", "S390Ccw.targets"));
        var descriptor = S390Ccw.Language.Diagnostics.DiagnosticCatalog.UnsupportedTargetFramework;

        Assert.Contains($"Code=\"{descriptor.Id}\"", targets);
        Assert.Contains($"Text=\"{descriptor.Format("$(TargetFramework)")}\"", targets);
    }
}
