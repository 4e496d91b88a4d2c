namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>textDocument/references parameters.</summary>
internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);
