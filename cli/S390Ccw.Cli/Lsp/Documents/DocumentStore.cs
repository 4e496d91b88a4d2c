using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using S390Ccw.Cli.Lsp.Analysis;
using S390Ccw.Cli.Lsp.Protocol;

namespace S390Ccw.Cli.Lsp.Documents;

/// <summary>The open documents by URI, each as its latest snapshot (textDocument/didOpen, didChange, didClose).</summary>
internal sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, DocumentSnapshot> _documents = new(StringComparer.Ordinal);
    private readonly Func<DocumentSnapshot, DocumentAnalysis> _analyze;

    public DocumentStore(Func<DocumentSnapshot, DocumentAnalysis> analyze)
    {
        _analyze = analyze;
    }

    public DocumentSnapshot Open(string uri, int version, string text)
    {
        var snapshot = new DocumentSnapshot(uri, version, text, _analyze);
        _documents[uri] = snapshot;
        return snapshot;
    }

    public DocumentSnapshot? Get(string uri) => _documents.TryGetValue(uri, out var snapshot) ? snapshot : null;

    public void Close(string uri) => _documents.TryRemove(uri, out _);

    /// <summary>The URIs of the open documents.</summary>
    public ICollection<string> Uris => _documents.Keys;

    /// <summary>A fresh snapshot of the same text, so its analysis runs again (an .editorconfig it depends on changed).</summary>
    public DocumentSnapshot? Refresh(string uri) =>
        _documents.TryGetValue(uri, out var current) ? Open(uri, current.Version, current.Text) : null;

    /// <summary>Applies the changes in order (incremental ranges or whole texts); null when the document is not open.</summary>
    public DocumentSnapshot? Change(string uri, int version, TextDocumentContentChangeEvent[] changes)
    {
        if (!_documents.TryGetValue(uri, out var current)) return null;
        string text = current.Text;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? string.Empty;
                continue;
            }
            var lines = new LineIndex(text);
            int start = lines.OffsetOf(change.Range.Start);
            int end = Math.Max(start, lines.OffsetOf(change.Range.End));
            text = new StringBuilder(text.Length + (change.Text?.Length ?? 0))
                .Append(text, 0, start).Append(change.Text).Append(text, end, text.Length - end).ToString();
        }
        return Open(uri, version, text);
    }
}
