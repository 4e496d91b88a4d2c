namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>textDocument/didChange parameters.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);
