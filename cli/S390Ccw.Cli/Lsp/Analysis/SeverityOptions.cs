using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Cli.Lsp.Analysis;

/// <summary>
/// <c>dotnet_diagnostic.CCWnnnn.severity</c> from EditorConfig, read the way the C# compiler reads it for
/// the analyzers ("Configuration options for code analysis", learn.microsoft.com): error, warning,
/// suggestion (or info), silent (or hidden), none, default. The result is an LSP DiagnosticSeverity
/// (1 error, 2 warning, 3 information, 4 hint), or null when the diagnostic is turned off.
/// </summary>
internal static class SeverityOptions
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;

    public static int? Resolve(CcwDiagnostic diagnostic, IReadOnlyDictionary<string, string> editorConfig)
    {
        int catalogue = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Error,
            DiagnosticSeverity.Warning => Warning,
            _ => Information,
        };
        string key = "dotnet_diagnostic." + diagnostic.Id.ToLowerInvariant() + ".severity";
        if (!editorConfig.TryGetValue(key, out var value)) return catalogue;
        return value.ToLowerInvariant() switch
        {
            "error" => Error,
            "warning" => Warning,
            "suggestion" or "info" => Information,
            "silent" or "hidden" or "refactoring" => Hint,
            "none" => null,
            _ => catalogue,
        };
    }
}
