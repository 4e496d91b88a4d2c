using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;

namespace S390Ccw.Cli.Lsp.Analysis;

/// <summary>
/// Publishes each document's diagnostics after its edits pause for <see cref="Debounce"/>. An edit cancels
/// the wait of the previous one; at most one analysis of a document runs at a time, and an edit that
/// arrives meanwhile is analysed when it ends (so fast typing in a large file never stacks analyses on the
/// cores); a result is sent only while its version is still the document's latest, so the client never
/// sees diagnostics of a text it no longer has.
/// </summary>
internal sealed class DiagnosticScheduler
{
    private readonly DocumentStore _documents;
    private readonly Action<PublishDiagnosticsParams> _publish;
    private readonly TextWriter _log;
    private readonly Dictionary<string, CancellationTokenSource> _waiting = new(StringComparer.Ordinal);
    private readonly HashSet<string> _running = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rerun = new(StringComparer.Ordinal);
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
            if (_waiting.Remove(uri, out var previous)) previous.Cancel();
            _waiting[uri] = cancellation;
        }
        _ = Task.Run(() => WaitThenAnalyzeAsync(uri, immediately, cancellation), CancellationToken.None);
    }

    /// <summary>A closed document: its waiting analysis is dropped and its diagnostics cleared.</summary>
    public void Clear(string uri)
    {
        lock (_gate)
        {
            if (_waiting.Remove(uri, out var previous)) previous.Cancel();
            _rerun.Remove(uri);
        }
        _publish(new PublishDiagnosticsParams(uri, null, Array.Empty<LspDiagnostic>()));
    }

    private async Task WaitThenAnalyzeAsync(string uri, bool immediately, CancellationTokenSource cancellation)
    {
        try
        {
            if (!immediately) await Task.Delay(Debounce, cancellation.Token).ConfigureAwait(false);
            lock (_gate)
            {
                if (cancellation.IsCancellationRequested) return;
                _waiting.Remove(uri);
                if (!_running.Add(uri))
                {
                    _rerun.Add(uri); // the running analysis picks this version up when it ends
                    return;
                }
            }
            try
            {
                Analyze(uri);
            }
            finally
            {
                bool again;
                lock (_gate)
                {
                    _running.Remove(uri);
                    again = _rerun.Remove(uri);
                }
                if (again) Schedule(uri, immediately: true);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            cancellation.Dispose();
        }
    }

    private void Analyze(string uri)
    {
        try
        {
            var snapshot = _documents.Get(uri);
            if (snapshot is null) return;
            var diagnostics = DiagnosticConverter.ToLsp(snapshot);
            if (_documents.Get(uri) != snapshot) return; // edited meanwhile: that edit has its own analysis coming
            _publish(new PublishDiagnosticsParams(uri, snapshot.Version, diagnostics));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            lock (_log) _log.WriteLine($"ccw lsp: analysis of {uri} failed: {e}");
        }
    }
}
