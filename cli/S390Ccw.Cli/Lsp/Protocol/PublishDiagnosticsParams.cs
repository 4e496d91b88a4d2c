namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>textDocument/publishDiagnostics notification parameters.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);
