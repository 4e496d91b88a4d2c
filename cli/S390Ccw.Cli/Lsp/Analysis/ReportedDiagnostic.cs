using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Cli.Lsp.Analysis;

/// <summary>A diagnostic of the language core with the LSP severity the EditorConfig options give it.</summary>
internal sealed record ReportedDiagnostic(CcwDiagnostic Diagnostic, int Severity);
