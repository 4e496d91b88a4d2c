namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP TextEdit: replace a range with new text.</summary>
internal sealed record TextEdit(Range Range, string NewText);
