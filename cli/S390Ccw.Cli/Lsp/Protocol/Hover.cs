namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP Hover result.</summary>
internal sealed record Hover(MarkupContent Contents, Range? Range);
