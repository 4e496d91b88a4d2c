namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP Diagnostic. Severity: 1 error, 2 warning, 3 information, 4 hint.</summary>
internal sealed record LspDiagnostic(Range Range, int Severity, string Code, string Source, string Message, CodeDescription? CodeDescription = null);
