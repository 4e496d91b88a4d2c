namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>textDocument/didClose parameters.</summary>
internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
