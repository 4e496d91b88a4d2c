using System;
using System.IO;
using System.Linq;
using S390Ccw.Generator.Tests.Infrastructure;
using S390Ccw.Language.Diagnostics;
using Xunit;

namespace S390Ccw.Generator.Tests;

/// <summary>
/// Every ID of the catalogue has a span test through Roslyn's testing packages: a markup span
/// (<c>{|ID:…|}</c>) or an expected DiagnosticResult in the generator's or the analyzers' tests.
/// </summary>
public sealed class DiagnosticCoverageTests
{
    /// <summary>IDs no such test can produce, and why.</summary>
    private static readonly string[] Untestable =
    {
        "CCW0099", // an internal error of the assembler: no input is known to cause one
        "CCW1007", // reported by MSBuild before compiling: PackageTests.Net8Consumer_GetsOneClearCcw1007
    };

    [Fact]
    public void EveryCatalogueId_HasASpanTestThroughTheTestingPackages()
    {
        string root = Snapshot.RepositoryRoot();
        string tests = string.Concat(new[] { "S390Ccw.Generator.Tests", "S390Ccw.Analyzers.Tests" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(root, "tests", p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var ids = DiagnosticCatalog.All.Concat(DiagnosticCatalog.GeneratorUsage).Concat(DiagnosticCatalog.RuntimeApi).Select(d => d.Id);

        var missing = ids.Except(Untestable).Where(id =>
            !tests.Contains("{|" + id + ":", StringComparison.Ordinal) && !tests.Contains("DiagnosticResult(\"" + id + "\"", StringComparison.Ordinal));
        Assert.Empty(missing);
    }
}
