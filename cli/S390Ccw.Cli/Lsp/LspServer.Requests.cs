using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Features;
using S390Ccw.Cli.Lsp.JsonRpc;
using S390Ccw.Cli.Lsp.Protocol;

namespace S390Ccw.Cli.Lsp;

/// <summary>The requests the server answers and the capabilities it announces.</summary>
internal sealed partial class LspServer
{
    /// <summary>
    /// Reads the parameters and takes the document's current snapshot now, in message order; the work
    /// returned runs later on the thread pool against that snapshot.
    /// </summary>
    private Func<CancellationToken, object?> Prepare(string method, JsonElement? parameters)
    {
        switch (method)
        {
            case "textDocument/hover":
            {
                var p = Parse<TextDocumentPositionParams>(parameters);
                var document = Snapshot(p.TextDocument);
                return _ => document is null ? null : HoverProvider.Hover(document, p.Position);
            }
            case "textDocument/definition":
            {
                var p = Parse<TextDocumentPositionParams>(parameters);
                var document = Snapshot(p.TextDocument);
                return _ => document is null ? Array.Empty<Location>() : NavigationProvider.Definition(document, p.Position);
            }
            case "textDocument/references":
            {
                var p = Parse<ReferenceParams>(parameters);
                var document = Snapshot(p.TextDocument);
                return _ => document is null ? Array.Empty<Location>() : NavigationProvider.References(document, p.Position, p.Context?.IncludeDeclaration ?? true);
            }
            case "textDocument/rename":
            {
                var p = Parse<RenameParams>(parameters);
                var document = Snapshot(p.TextDocument);
                return _ => document is null ? null : RenameProvider.Rename(document, p.Position, p.NewName ?? string.Empty);
            }
            case "textDocument/documentHighlight":
            {
                var p = Parse<TextDocumentPositionParams>(parameters);
                var document = Snapshot(p.TextDocument);
                return _ => document is null ? Array.Empty<DocumentHighlight>() : RenameProvider.Highlights(document, p.Position);
            }
            case "textDocument/documentSymbol":
            {
                var document = Snapshot(Parse<DocumentParams>(parameters).TextDocument);
                return _ => document is null ? Array.Empty<DocumentSymbol>() : DocumentSymbolProvider.Symbols(document);
            }
            case "textDocument/completion":
            {
                var p = Parse<TextDocumentPositionParams>(parameters);
                var document = Snapshot(p.TextDocument);
                return _ => document is null ? new CompletionList(false, Array.Empty<CompletionItem>()) : CompletionProvider.Complete(document, p.Position);
            }
            case "textDocument/codeAction":
            {
                var p = Parse<CodeActionParams>(parameters);
                var document = Snapshot(p.TextDocument);
                return _ => document is null ? Array.Empty<CodeAction>() : CodeActionProvider.Actions(document, p.Range);
            }
            case "textDocument/semanticTokens/full":
            {
                var document = Snapshot(Parse<DocumentParams>(parameters).TextDocument);
                return _ => document is null ? new SemanticTokens(Array.Empty<int>()) : SemanticTokensProvider.Tokens(document);
            }
            default:
                throw new RpcException(RpcErrorCodes.MethodNotFound, "method not supported: " + method);
        }
    }

    private DocumentSnapshot? Snapshot(TextDocumentIdentifier? document) =>
        document?.Uri is { } uri ? _documents.Get(uri) : throw new RpcException(RpcErrorCodes.InvalidParams, "missing textDocument.uri");

    private static JsonObject Capabilities() => new()
    {
        ["capabilities"] = new JsonObject
        {
            ["positionEncoding"] = "utf-16",
            ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2 }, // 2: incremental
            ["hoverProvider"] = true,
            ["definitionProvider"] = true,
            ["referencesProvider"] = true,
            ["documentSymbolProvider"] = true,
            ["renameProvider"] = true,
            ["documentHighlightProvider"] = true,
            ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray(",", "|") },
            ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray(CodeActionProvider.QuickFix) },
            ["semanticTokensProvider"] = new JsonObject
            {
                ["legend"] = new JsonObject
                {
                    ["tokenTypes"] = ToArray(SemanticTokensProvider.TokenTypes),
                    ["tokenModifiers"] = ToArray(SemanticTokensProvider.TokenModifiers),
                },
                ["full"] = true,
            },
        },
        ["serverInfo"] = new JsonObject { ["name"] = "ccw", ["version"] = typeof(LspServer).Assembly.GetName().Version?.ToString(3) },
    };

    private static JsonArray ToArray(string[] values)
    {
        var array = new JsonArray();
        foreach (var v in values) array.Add((JsonNode?)JsonValue.Create(v));
        return array;
    }
}
