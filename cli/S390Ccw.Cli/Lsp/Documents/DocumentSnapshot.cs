using System;
using System.Threading;
using S390Ccw.Cli.Lsp.Analysis;
using S390Ccw.Language.Editing;

namespace S390Ccw.Cli.Lsp.Documents;

/// <summary>
/// One version of an open document. Immutable: an edit makes a new snapshot, so a request answers from
/// the text it was asked about while later edits arrive. Its assembly and its index are computed once,
/// on first use, by whoever needs them first.
/// </summary>
internal sealed class DocumentSnapshot
{
    private readonly Lazy<DocumentAnalysis> _analysis;
    private readonly Lazy<SourceIndex> _index;
    private readonly Lazy<LineIndex> _lines;

    public DocumentSnapshot(string uri, int version, string text, Func<DocumentSnapshot, DocumentAnalysis> analyze)
    {
        Uri = uri;
        Version = version;
        Text = text;
        FilePath = DocumentUri.ToFilePath(uri);
        _analysis = new Lazy<DocumentAnalysis>(() => analyze(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _index = new Lazy<SourceIndex>(() => SourceIndex.Build(Text), LazyThreadSafetyMode.ExecutionAndPublication);
        _lines = new Lazy<LineIndex>(() => new LineIndex(Text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Uri { get; }

    public int Version { get; }

    public string Text { get; }

    /// <summary>The local path for a file: URI; null for other schemes (untitled documents).</summary>
    public string? FilePath { get; }

    public DocumentAnalysis Analysis => _analysis.Value;

    public SourceIndex Index => _index.Value;

    public LineIndex Lines => _lines.Value;
}
