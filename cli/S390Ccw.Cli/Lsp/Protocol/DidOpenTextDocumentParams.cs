namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>textDocument/didOpen parameters.</summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
