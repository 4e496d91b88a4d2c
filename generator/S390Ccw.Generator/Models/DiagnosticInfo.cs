using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace S390Ccw.Generator.Models;

/// <summary>
/// A language-core diagnostic as plain values (no Location holding a syntax tree), so it can flow
/// through the pipeline and compare by value (roslyn.md §1.3).
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string Title,
    string Message,
    DiagnosticSeverity Severity,
    string HelpLink,
    string FilePath,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = new DiagnosticDescriptor(
            Id, Title, "{0}", "S390Ccw.Language", Severity, isEnabledByDefault: true, helpLinkUri: HelpLink);
        var location = Location.Create(
            FilePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
        return Diagnostic.Create(descriptor, location, Message);
    }
}
