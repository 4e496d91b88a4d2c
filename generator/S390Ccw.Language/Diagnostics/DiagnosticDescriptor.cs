using System.Globalization;

namespace S390Ccw.Language.Diagnostics;

/// <summary>
/// One entry of the diagnostic catalogue: a stable ID, its severity, a short title and the message
/// format (composite format string), with a help link into docs/diagnostics.md.
/// </summary>
public sealed class DiagnosticDescriptor
{
    internal DiagnosticDescriptor(string id, DiagnosticSeverity severity, string title, string messageFormat)
    {
        Id = id;
        Severity = severity;
        Title = title;
        MessageFormat = messageFormat;
        HelpLink = "docs/diagnostics.md#" + id.ToLowerInvariant();
    }

    public string Id { get; }

    public DiagnosticSeverity Severity { get; }

    public string Title { get; }

    public string MessageFormat { get; }

    public string HelpLink { get; }

    public string Format(params object[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    public override string ToString() => Id + ": " + Title;
}
