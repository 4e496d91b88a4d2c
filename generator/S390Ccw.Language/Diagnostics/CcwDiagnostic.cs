namespace S390Ccw.Language.Diagnostics;

/// <summary>A located diagnostic: what was found wrong, where, and the catalogue entry it comes from.</summary>
public sealed class CcwDiagnostic
{
    public CcwDiagnostic(DiagnosticDescriptor descriptor, string message, string? filePath, SourceSpan span)
        : this(descriptor, message, filePath, span, descriptor.Severity)
    {
    }

    private CcwDiagnostic(DiagnosticDescriptor descriptor, string message, string? filePath, SourceSpan span, DiagnosticSeverity severity)
    {
        Descriptor = descriptor;
        Message = message;
        FilePath = filePath;
        Span = span;
        Severity = severity;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    /// <summary>The catalogue's severity unless the user raised it (<c>ccw check --warnaserror</c>, <c>.editorconfig</c>).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The same diagnostic at another severity.</summary>
    public CcwDiagnostic WithSeverity(DiagnosticSeverity severity) => new(Descriptor, Message, FilePath, Span, severity);

    public string Message { get; }

    public string? FilePath { get; }

    public SourceSpan Span { get; }

    /// <summary>The MSBuild/compiler form: <c>file(line,col): error CCW0001: message</c>.</summary>
    public override string ToString()
    {
        string severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{FilePath ?? "<input>"}({Span.Line},{Span.Column}): {severity} {Descriptor.Id}: {Message}";
    }
}
