using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using S390Ccw.Cli.Lsp.Analysis;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.JsonRpc;
using S390Ccw.Cli.Lsp.Protocol;

namespace S390Ccw.Cli.Lsp;

/// <summary>
/// The Language Server Protocol (3.17) over a pair of streams: one reader loop that handles
/// notifications in order (document edits must apply in order) and starts each request on the thread
/// pool with its own cancellation, so a slow request never holds up edits and <c>$/cancelRequest</c> or
/// a newer edit can drop stale work. Every failure is a JSON-RPC error or a log line on
/// <see cref="_log"/> (standard error), never a crash and never text in the user's document.
/// </summary>
internal sealed partial class LspServer
{
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly TextWriter _log;
    private readonly DocumentStore _documents;
    private readonly DiagnosticScheduler _diagnostics;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _requests = new(StringComparer.Ordinal);
    private bool _initialized;
    private bool _shutdown;

    public LspServer(Stream input, Stream output, TextWriter log, TimeSpan debounce)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
        _log = log;
        var analyzer = new DocumentAnalyzer();
        _documents = new DocumentStore(analyzer.Analyze);
        _diagnostics = new DiagnosticScheduler(_documents, Publish, log, debounce);
    }

    /// <summary>The debounce before diagnostics of an edited document are computed.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(50);

    /// <summary>Serves until <c>exit</c> or the end of the input. 0 when <c>shutdown</c> came first, 1 otherwise (the specification's exit codes).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            byte[]? body;
            try
            {
                body = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException e)
            {
                Log("dropped a message: " + e.Message);
                continue;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (body is null) break;
            JsonElement message;
            try
            {
                using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
                message = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                Log("dropped a message that is not JSON: " + e.Message);
                SendError(null, RpcErrorCodes.ParseError, "the message is not valid JSON");
                continue;
            }
            if (Dispatch(message)) return _shutdown ? 0 : 1;
        }
        return _shutdown ? 0 : 1;
    }

    /// <summary>Handles one message; true when it was <c>exit</c>.</summary>
    private bool Dispatch(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            SendError(null, RpcErrorCodes.InvalidRequest, "a message must be a JSON object");
            return false;
        }
        JsonNode? id = message.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.Number or JsonValueKind.String
            ? JsonNode.Parse(idElement.GetRawText())
            : null;
        if (!message.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
        {
            if (id is null) SendError(null, RpcErrorCodes.InvalidRequest, "a request needs a method");
            return false; // otherwise a response to a request of ours; the server sends none
        }
        string method = methodElement.GetString()!;
        JsonElement? parameters = message.TryGetProperty("params", out var p) ? p : null;
        try
        {
            if (id is null) return Notify(method, parameters);
            Request(id, method, parameters);
        }
        catch (RpcException e)
        {
            if (id is not null) SendError(id, e.Code, e.Message);
            else Log($"{method}: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log($"{method} failed: {e}");
            if (id is not null) SendError(id, RpcErrorCodes.InternalError, $"{method} failed: {e.GetType().Name}: {e.Message}");
        }
        return false;
    }

    private void Request(JsonNode id, string method, JsonElement? parameters)
    {
        if (method == "initialize")
        {
            _initialized = true;
            SendResult(id, Capabilities());
            return;
        }
        if (!_initialized) throw new RpcException(RpcErrorCodes.ServerNotInitialized, "the server has not been initialized");
        if (method == "shutdown")
        {
            _shutdown = true;
            SendResult(id, null);
            return;
        }
        if (_shutdown) throw new RpcException(RpcErrorCodes.InvalidRequest, "the server is shutting down");
        var work = Prepare(method, parameters);
        string key = id.ToJsonString();
        var cancellation = new CancellationTokenSource();
        _requests[key] = cancellation;
        var token = cancellation.Token;
        _ = Task.Run(() =>
        {
            try
            {
                token.ThrowIfCancellationRequested();
                object? result = work(token);
                token.ThrowIfCancellationRequested();
                SendResult(id, result is null ? null : JsonSerializer.SerializeToNode(result, LspJson.Options.GetTypeInfo(result.GetType())));
            }
            catch (OperationCanceledException)
            {
                SendError(id, RpcErrorCodes.RequestCancelled, "the request was cancelled");
            }
            catch (RpcException e)
            {
                SendError(id, e.Code, e.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Log($"{method} failed: {e}");
                SendError(id, RpcErrorCodes.InternalError, $"{method} failed: {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                _requests.TryRemove(key, out _);
                cancellation.Dispose();
            }
        }, CancellationToken.None);
    }

    /// <summary>Handles a notification in arrival order; true for <c>exit</c>.</summary>
    private bool Notify(string method, JsonElement? parameters)
    {
        switch (method)
        {
            case "exit":
                return true;
            case "$/cancelRequest":
                if (parameters is { } cancel && cancel.ValueKind == JsonValueKind.Object && cancel.TryGetProperty("id", out var which)
                    && _requests.TryGetValue(which.GetRawText(), out var source))
                {
                    try { source.Cancel(); } catch (ObjectDisposedException) { }
                }
                return false;
            case "textDocument/didOpen":
                var open = Parse<DidOpenTextDocumentParams>(parameters);
                _documents.Open(open.TextDocument.Uri, open.TextDocument.Version, open.TextDocument.Text ?? string.Empty);
                _diagnostics.Schedule(open.TextDocument.Uri, immediately: true);
                return false;
            case "textDocument/didChange":
                var change = Parse<DidChangeTextDocumentParams>(parameters);
                if (_documents.Change(change.TextDocument.Uri, change.TextDocument.Version, change.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>()) is not null)
                    _diagnostics.Schedule(change.TextDocument.Uri, immediately: false);
                else
                    Log("didChange for a document that is not open: " + change.TextDocument.Uri);
                return false;
            case "textDocument/didClose":
                var close = Parse<DidCloseTextDocumentParams>(parameters);
                _documents.Close(close.TextDocument.Uri);
                _diagnostics.Clear(close.TextDocument.Uri);
                return false;
            case "workspace/didChangeWatchedFiles":
                // The clients watch .editorconfig (editors/vscode): severities may have changed for every open document.
                foreach (var uri in _documents.Uris)
                {
                    if (_documents.Refresh(uri) is not null) _diagnostics.Schedule(uri, immediately: true);
                }
                return false;
            default:
                // initialized, didSave, $/setTrace, configuration changes and unknown notifications need nothing.
                return false;
        }
    }

    private static T Parse<T>(JsonElement? parameters)
        where T : class
    {
        try
        {
            if (parameters is { } p && p.Deserialize(LspJson.Info<T>()) is { } value) return value;
        }
        catch (JsonException e)
        {
            throw new RpcException(RpcErrorCodes.InvalidParams, "invalid params: " + e.Message);
        }
        throw new RpcException(RpcErrorCodes.InvalidParams, "missing params");
    }

    private void Publish(PublishDiagnosticsParams diagnostics) =>
        _writer.Write(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/publishDiagnostics",
            ["params"] = JsonSerializer.SerializeToNode(diagnostics, LspJson.Info<PublishDiagnosticsParams>()),
        });

    private void SendResult(JsonNode id, JsonNode? result) =>
        _writer.Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });

    private void SendError(JsonNode? id, int code, string message) =>
        _writer.Write(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id?.DeepClone(),
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        });

    private void Log(string text)
    {
        lock (_log)
        {
            _log.WriteLine("ccw lsp: " + text);
            _log.Flush();
        }
    }
}
