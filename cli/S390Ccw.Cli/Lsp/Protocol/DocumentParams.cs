namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>Parameters of requests about a whole document (documentSymbol, semanticTokens/full).</summary>
internal sealed record DocumentParams(TextDocumentIdentifier TextDocument);
