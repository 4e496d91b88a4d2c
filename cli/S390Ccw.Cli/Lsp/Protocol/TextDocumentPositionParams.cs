namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>Parameters of hover, definition and completion: a document and a position in it.</summary>
internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
