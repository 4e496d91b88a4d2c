namespace S390Ccw.Language.Diagnostics;

/// <summary>How bad a diagnostic is; errors stop an image from being written.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
