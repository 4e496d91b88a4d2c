using System;
using System.Threading;
using S390Ccw.Cli.Lsp.Analysis;
using S390Ccw.Language.Editing;

namespace S390Ccw.Cli.Lsp.Documents;

/// <summary>
/// One version of an open document. Immutable: an edit makes a new snapshot, so a request answers from
/// the text it was asked about while later edits arrive. Its assembly, index and analysis are computed
/// once, from one parse, by whoever needs them first.
/// </summary>
internal sealed class DocumentSnapshot
{
    private readonly Lazy<DocumentAnalysis> _analysis;
    private readonly Lazy<LineIndex> _lines;

    public DocumentSnapshot(string uri, int version, string text, Func<DocumentSnapshot, DocumentAnalysis> analyze)
    {
        Uri = uri;
        Version = version;
        Text = text;
        FilePath = DocumentUri.ToFilePath(uri);
        _analysis = new Lazy<DocumentAnalysis>(() => analyze(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _lines = new Lazy<LineIndex>(() => new LineIndex(Text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Uri { get; }

    public int Version { get; }

    public string Text { get; }

    /// <summary>The local path for a file: URI; null for other schemes (untitled documents).</summary>
    public string? FilePath { get; }

    public DocumentAnalysis Analysis => _analysis.Value;

    /// <summary>The index of the parse the analysis assembled (EditorAssembly).</summary>
    public SourceIndex Index => Analysis.Index;

    public LineIndex Lines => _lines.Value;
}
