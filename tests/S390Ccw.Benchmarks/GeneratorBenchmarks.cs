using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using S390Ccw.Generator;

namespace S390Ccw.Benchmarks;

/// <summary>
/// Issue 5's figure: the source generator on a project of 200 .ccw files of 50 lines each, a full run and an
/// incremental run after one file is edited. Floors: 200 ms full, 20 ms incremental.
/// Run: dotnet run -c Release --project tests/S390Ccw.Benchmarks -- --filter '*GeneratorBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GeneratorBenchmarks
{
    private const int Files = 200;
    private CSharpCompilation _compilation = null!;
    private AdditionalText[] _texts = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _editA = null!;
    private AdditionalText _editB = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Enumerable.Range(0, Files).Select(i => (AdditionalText)new Text($"/bench/p{i:D3}.ccw", Source(i, 0))).ToArray();
        _compilation = CSharpCompilation.Create("Bench",
            new[] { CSharpSyntaxTree.ParseText("class C { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _warm = Driver().RunGenerators(_compilation);
        var result = _warm.GetRunResult();
        if (result.Results[0].GeneratedSources.Length != Files || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            throw new InvalidOperationException("the benchmark sources do not generate cleanly: " + string.Join("\n", result.Diagnostics));
        _editA = new Text(_texts[57].Path, Source(57, 1));
        _editB = new Text(_texts[57].Path, Source(57, 2));
        _warm = _warm.ReplaceAdditionalText(_texts[57], _editA).RunGenerators(_compilation);
    }

    [Benchmark(Description = "full run, 200 files x 50 lines")]
    public GeneratorDriver Full() => Driver().RunGenerators(_compilation);

    [Benchmark(Description = "incremental run, one file edited")]
    public GeneratorDriver Incremental()
    {
        var (from, to) = _flip ? (_editB, _editA) : (_editA, _editB);
        _flip = !_flip;
        _warm = _warm.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        return _warm;
    }

    private GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        new[] { new CcwGenerator().AsSourceGenerator() }, _texts, new CSharpParseOptions(), new Options());

    /// <summary>A 50-line program: seeks, search loops, reads, NOPs and argument blocks.</summary>
    private static string Source(int index, int variant)
    {
        var sb = new StringBuilder();
        sb.Append($"; benchmark program {index}, variant {variant}\n");
        sb.Append($"program p{index} format1 at 0x{0x10000 + (index * 0x800):X}\n");
        for (int group = 0; group < 8; group++)
        {
            sb.Append($"    SEEK seek{group}, CC, len 6\n");
            sb.Append($"search{group}: SEARCH_ID_EQ id{group}, CC, len 5\n");
            sb.Append($"    TIC search{group}\n");
            sb.Append($"    READ_DATA 0x{0x200000 + (group * 0x1000) + variant:X}, CC, SLI, len 4096\n");
        }
        sb.Append("    NOP 0, len 1\n");
        for (int group = 0; group < 8; group++)
        {
            sb.Append($"seek{group}: arg seek cyl {index % 100} head {group}\n");
            sb.Append($"id{group}: arg search cyl {index % 100} head {group} rec 1\n");
        }
        sb.Append("    align 8\n");
        return sb.ToString();
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Global = new(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" });
        private static readonly Values None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
