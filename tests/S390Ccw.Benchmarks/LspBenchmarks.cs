using System;
using BenchmarkDotNet.Attributes;
using S390Ccw.Cli.Lsp.Analysis;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;
using Range = S390Ccw.Cli.Lsp.Protocol.Range;

namespace S390Ccw.Benchmarks;

/// <summary>
/// `ccw lsp` after one keystroke in the 10,050-line source of <see cref="LanguageBenchmarks"/> (issue 13):
/// the incremental change applied to the open document, then its diagnostics computed and converted for
/// the client, which is what the server does once the debounce (LspServer.DefaultDebounce, 50 ms) has
/// passed. Floor: diagnostics within 300 ms of the change, so at most 250 ms here. The whole path through
/// the protocol, debounce included, is measured by the test TenThousandLineDocument_GetsItsDiagnosticsSoonAfterAChange.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class LspBenchmarks
{
    private const string Uri = "file:///benchmark/large.ccw";
    private DocumentStore _documents = null!;
    private int _version;

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = new DocumentAnalyzer();
        _documents = new DocumentStore(analyzer.Analyze);
        var opened = _documents.Open(Uri, 1, LanguageBenchmarks.Generate(LanguageBenchmarks.Lines));
        if (opened.Analysis.Assembly.HasErrors) throw new InvalidOperationException("the benchmark source has errors");
        _version = 1;
    }

    [Benchmark]
    public int ChangeToDiagnostics()
    {
        // Retype one character of the first line's comment: a real edit, the document's size unchanged.
        _version++;
        var at = new Position(0, 34); // the g of "; generated"
        var change = new TextDocumentContentChangeEvent(new Range(at, new Position(0, 35)), (_version % 2 == 0) ? "G" : "g");
        var snapshot = _documents.Change(Uri, _version, new[] { change })!;
        return DiagnosticConverter.ToLsp(snapshot).Length;
    }
}
