using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using S390Ccw.Cli.Lsp.Protocol;

namespace S390Ccw.Cli.Lsp.JsonRpc;

/// <summary>
/// The protocol types as System.Text.Json source-generated metadata, so that the server needs no
/// reflection and a NativeAOT `ccw` (`-p:CcwNative=true`) serves LSP too. Every type a request reads or a
/// result returns is listed; <see cref="LspJson.Options"/> resolves through it alone, so a type missing
/// here fails the server's tests.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DocumentParams))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(Location[]))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(DocumentHighlight[]))]
[JsonSerializable(typeof(DocumentSymbol[]))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(SemanticTokens))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
}
