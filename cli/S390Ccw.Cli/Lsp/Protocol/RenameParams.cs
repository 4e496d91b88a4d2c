namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>textDocument/rename parameters.</summary>
internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);
