namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP DocumentHighlight. Kind: 1 text, 2 read, 3 write.</summary>
internal sealed record DocumentHighlight(Range Range, int Kind);
