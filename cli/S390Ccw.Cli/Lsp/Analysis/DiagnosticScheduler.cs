using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;

namespace S390Ccw.Cli.Lsp.Analysis;

/// <summary>
/// Publishes each document's diagnostics after its edits pause for <see cref="Debounce"/>: an edit
/// cancels the analysis still waiting for the previous one, and a result is sent only while its version
/// is still the document's latest, so the client never sees diagnostics of a text it no longer has.
/// </summary>
internal sealed class DiagnosticScheduler
{
    private readonly DocumentStore _documents;
    private readonly Action<PublishDiagnosticsParams> _publish;
    private readonly TextWriter _log;
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public DiagnosticScheduler(DocumentStore documents, Action<PublishDiagnosticsParams> publish, TextWriter log, TimeSpan debounce)
    {
        _documents = documents;
        _publish = publish;
        _log = log;
        Debounce = debounce;
    }

    public TimeSpan Debounce { get; }

    /// <summary>Schedules an analysis of the document's current version; <paramref name="immediately"/> for a newly opened one.</summary>
    public void Schedule(string uri, bool immediately)
    {
        var cancellation = new CancellationTokenSource();
        lock (_gate)
        {
            if (_pending.Remove(uri, out var previous)) previous.Cancel();
            _pending[uri] = cancellation;
        }
        var token = cancellation.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                if (!immediately) await Task.Delay(Debounce, token).ConfigureAwait(false);
                var snapshot = _documents.Get(uri);
                if (snapshot is null || token.IsCancellationRequested) return;
                var diagnostics = DiagnosticConverter.ToLsp(snapshot);
                if (token.IsCancellationRequested || _documents.Get(uri) != snapshot) return;
                _publish(new PublishDiagnosticsParams(uri, snapshot.Version, diagnostics));
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                lock (_log) _log.WriteLine($"ccw lsp: analysis of {uri} failed: {e}");
            }
            finally
            {
                lock (_gate)
                {
                    if (_pending.TryGetValue(uri, out var current) && current == cancellation) _pending.Remove(uri);
                }
                cancellation.Dispose();
            }
        }, CancellationToken.None);
    }

    /// <summary>A closed document: its pending analysis is dropped and its diagnostics cleared.</summary>
    public void Clear(string uri)
    {
        lock (_gate)
        {
            if (_pending.Remove(uri, out var previous)) previous.Cancel();
        }
        _publish(new PublishDiagnosticsParams(uri, null, Array.Empty<LspDiagnostic>()));
    }
}
