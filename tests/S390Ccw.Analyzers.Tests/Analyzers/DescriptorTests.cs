using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using S390Ccw.Language.Diagnostics;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>The Roslyn descriptors agree with the catalogue, are tracked in AnalyzerReleases, and documented.</summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers = { new CcwFileAnalyzer(), new InlineProgramAnalyzer(), new PrefetchStartAnalyzer() };

    [Fact]
    public void EverySupportedDescriptor_MatchesTheCatalogue()
    {
        var catalogue = DiagnosticCatalog.All.Concat(DiagnosticCatalog.RuntimeApi).ToDictionary(d => d.Id);
        foreach (var d in Analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            var core = catalogue[d.Id];
            Assert.Equal(core.Title, d.Title.ToString());
            Assert.Equal(core.Severity.ToString(), d.DefaultSeverity.ToString());
            Assert.Equal("docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri);
        }
    }

    [Fact]
    public void EverySupportedId_IsInUnshippedReleasesAndDocumented()
    {
        string unshipped = File.ReadAllText(Find("analyzers/S390Ccw.Analyzers/AnalyzerReleases.Unshipped.md"));
        string docs = File.ReadAllText(Find("docs/diagnostics.md"));
        foreach (var id in Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct())
        {
            Assert.Contains(id + " |", unshipped);
            Assert.Contains($"<a id=\"{id.ToLowerInvariant()}\"></a>", docs);
        }
    }

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(relative);
    }
}
