namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP SemanticTokens: five integers a token, relative to the previous one.</summary>
internal sealed record SemanticTokens(int[] Data);
