namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP CodeAction with its edit computed up front.</summary>
internal sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, WorkspaceEdit Edit, bool? IsPreferred = null);
