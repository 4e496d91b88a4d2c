using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using S390Ccw.Cli.Lsp;
using S390Ccw.Cli.Lsp.JsonRpc;

namespace S390Ccw.Cli.Tests.Lsp;

/// <summary>
/// A minimal LSP client driving an in-process <see cref="LspServer"/> over two pipes, through the same
/// base protocol a real client speaks: requests by id, notifications collected for the tests.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly Stream _serverInput;
    private readonly Stream _serverOutput;
    private readonly Stream _send;
    private readonly MessageReader _reader;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _waiting = new();
    private readonly List<JsonObject> _diagnostics = new();
    private readonly Lock _gate = new();
    private readonly Task<int> _server;
    private readonly Task _listener;
    private int _nextId;

    public LspTestClient(TimeSpan? debounce = null)
    {
        _serverInput = _toServer.Reader.AsStream();
        _serverOutput = _fromServer.Writer.AsStream();
        _send = _toServer.Writer.AsStream();
        _reader = new MessageReader(_fromServer.Reader.AsStream());
        var server = new LspServer(_serverInput, _serverOutput, Log, debounce ?? TimeSpan.FromMilliseconds(20));
        _server = Task.Run(() => server.RunAsync());
        _listener = Task.Run(ListenAsync);
    }

    public StringWriter Log { get; } = new();

    public Task<int> ServerExit => _server;

    public async Task<JsonObject> InitializeAsync()
    {
        var result = await RequestAsync("initialize", new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() });
        Notify("initialized", new JsonObject());
        return result;
    }

    public Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
    {
        int id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = completion;
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async Task<JsonNode?> ResultAsync(string method, JsonNode? parameters)
    {
        var response = await RequestAsync(method, parameters);
        if (response["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        return response["result"];
    }

    public void Notify(string method, JsonNode? parameters) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void WriteRaw(string bytes)
    {
        var data = Encoding.UTF8.GetBytes(bytes);
        _send.Write(data, 0, data.Length);
        _send.Flush();
    }

    public void Open(string uri, string text, int version = 1) =>
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "ccw", ["version"] = version, ["text"] = text },
        });

    public void Change(string uri, int version, JsonObject change) =>
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(change),
        });

    /// <summary>The diagnostics published for <paramref name="uri"/> at <paramref name="version"/> (waits for them).</summary>
    public async Task<JsonArray> DiagnosticsAsync(string uri, int version, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                for (int i = _diagnostics.Count - 1; i >= 0; i--)
                {
                    var p = _diagnostics[i];
                    if ((string?)p["uri"] == uri && p["version"] is { } v && (int)v == version) return (JsonArray)p["diagnostics"]!;
                }
            }
            await Task.Delay(2);
        }
        throw new TimeoutException($"no diagnostics for {uri} version {version}; server log: {Log}");
    }

    /// <summary>Waits until the latest diagnostics published for <paramref name="uri"/> satisfy <paramref name="condition"/>.</summary>
    public async Task WaitForDiagnosticsAsync(string uri, Func<JsonArray, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                var latest = _diagnostics.FindLast(p => (string?)p["uri"] == uri);
                if (latest is not null && condition((JsonArray)latest["diagnostics"]!)) return;
            }
            await Task.Delay(2);
        }
        throw new TimeoutException($"the diagnostics of {uri} never met the condition; server log: {Log}");
    }

    /// <summary>textDocument/codeAction over <paramref name="range"/> (a diagnostic's range, as a client asks).</summary>
    public async Task<JsonArray> CodeActionsAsync(string uri, JsonNode range) =>
        (JsonArray)(await ResultAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = range.DeepClone(),
        }))!;

    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject At(string uri, int line, int character) =>
        new() { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Position(line, character) };

    private void Write(JsonObject message)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(message, LspJson.Options);
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_gate)
        {
            _send.Write(header, 0, header.Length);
            _send.Write(body, 0, body.Length);
            _send.Flush();
        }
    }

    private async Task ListenAsync()
    {
        while (await _reader.ReadAsync(CancellationToken.None) is { } body)
        {
            var message = JsonNode.Parse(body)!.AsObject();
            if (message["method"] is { } method)
            {
                if ((string?)method == "textDocument/publishDiagnostics")
                {
                    lock (_gate) _diagnostics.Add(message["params"]!.AsObject());
                }
            }
            else if (message["id"] is { } id && id.GetValueKind() == JsonValueKind.Number && _waiting.TryRemove((int)id, out var completion))
            {
                completion.SetResult(message);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync("shutdown", null);
            Notify("exit", null);
            await _server.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException)
        {
        }
        await _toServer.Writer.CompleteAsync();
        await _fromServer.Writer.CompleteAsync();
        try { await _listener.WaitAsync(TimeSpan.FromSeconds(10)); } catch (TimeoutException) { }
    }
}
