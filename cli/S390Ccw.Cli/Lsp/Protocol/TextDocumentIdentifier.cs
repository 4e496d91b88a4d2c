namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP TextDocumentIdentifier.</summary>
internal sealed record TextDocumentIdentifier(string Uri);
