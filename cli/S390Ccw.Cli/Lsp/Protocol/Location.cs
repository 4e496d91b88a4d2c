namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP Location: a range in a document.</summary>
internal sealed record Location(string Uri, Range Range);
