namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP CodeActionContext: the diagnostics the client shows in the range.</summary>
internal sealed record CodeActionContext(LspDiagnostic[]? Diagnostics);
