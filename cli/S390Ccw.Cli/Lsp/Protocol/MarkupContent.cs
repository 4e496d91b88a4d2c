namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP MarkupContent; Kind is 'markdown' or 'plaintext'.</summary>
internal sealed record MarkupContent(string Kind, string Value);
