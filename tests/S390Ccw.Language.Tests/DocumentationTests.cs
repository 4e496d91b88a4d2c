using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using S390Ccw.Language.Diagnostics;
using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>docs/language.md examples assemble; docs/diagnostics.md has a section for every ID.</summary>
public class DocumentationTests
{
    [Fact]
    public void EveryCcwBlockOfLanguageMd_AssemblesWithoutErrors()
    {
        var blocks = CcwBlocks(File.ReadAllText(DocPath("language.md"))).ToList();
        Assert.True(blocks.Count >= 10, $"only {blocks.Count} ccw blocks found");
        foreach (var (line, text) in blocks)
        {
            var result = CcwAssembler.Assemble(text, $"language.md:{line}");
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, $"block at line {line}:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }
    }

    [Fact]
    public void DisassemblyExampleOfLanguageMd_IsWhatTheDisassemblerPrints()
    {
        var last = CcwBlocks(File.ReadAllText(DocPath("language.md"))).Last().Text;
        var bytes = Asm.Bytes(last);
        Assert.Equal(last, Disassembler.Disassemble(bytes, Encoding.CcwFormat.Format0, 0));
    }

    [Fact]
    public void EveryDiagnosticId_HasAnAnchoredSectionWithItsTitle()
    {
        string doc = File.ReadAllText(DocPath("diagnostics.md"));
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            Assert.Contains($"<a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>", doc);
            Assert.Contains($"## {descriptor.Id}: {descriptor.Title}", doc);
            Assert.EndsWith("#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLink);
        }
    }

    [Fact]
    public void EveryGeneratorUsageId_HasAnAnchoredSectionInItsRange()
    {
        string doc = File.ReadAllText(DocPath("diagnostics.md"));
        foreach (var descriptor in DiagnosticCatalog.GeneratorUsage)
        {
            int n = int.Parse(descriptor.Id.Substring(3), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(n, 1000, 1999);
            Assert.Contains($"<a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>", doc);
            Assert.Contains($"## {descriptor.Id}: {descriptor.Title}", doc);
        }
    }

    [Fact]
    public void CatalogIds_FollowTheRanges()
    {
        foreach (var d in DiagnosticCatalog.All)
        {
            int n = int.Parse(d.Id.Substring(3), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(d.Id.StartsWith("CCW", StringComparison.Ordinal) && n >= 1 && n <= 299, d.Id);
        }
    }

    private static IEnumerable<(int Line, string Text)> CcwBlocks(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```ccw") continue;
            int start = i + 1;
            int end = start;
            while (end < lines.Length && lines[end].Trim() != "```") end++;
            yield return (start, string.Join("\n", lines, start, end - start) + "\n");
            i = end;
        }
    }

    private static string DocPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            string candidate = Path.Combine(dir.FullName, "docs", name);
            if (File.Exists(candidate)) return candidate;
            dir = dir.Parent;
        }
        throw new FileNotFoundException("docs/" + name + " not found above " + AppContext.BaseDirectory);
    }
}
