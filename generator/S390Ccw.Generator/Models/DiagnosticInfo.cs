using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CoreDescriptor = S390Ccw.Language.Diagnostics.DiagnosticDescriptor;
using CoreSeverity = S390Ccw.Language.Diagnostics.DiagnosticSeverity;

namespace S390Ccw.Generator.Models;

/// <summary>
/// A catalogue diagnostic as plain values (no Location holding a syntax tree), so it can flow
/// through the pipeline and compare by value (Roslyn docs/features/incremental-generators.cookbook.md, models that cache (value equality, no symbols or syntax)).
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
    /// <summary>A diagnostic of the catalogue (DiagnosticCatalog) at <paramref name="span"/> of <paramref name="text"/>.</summary>
    public static DiagnosticInfo Create(CoreDescriptor descriptor, string message, string path, SourceText text, TextSpan span)
    {
        int start = System.Math.Min(System.Math.Max(0, span.Start), text.Length);
        var clamped = new TextSpan(start, System.Math.Max(0, System.Math.Min(span.Length, text.Length - start)));
        var lines = text.Lines.GetLinePositionSpan(clamped);
        return new DiagnosticInfo(descriptor.Id, descriptor.Title, message, RoslynSeverity(descriptor.Severity), descriptor.HelpLink ?? "",
            path, clamped.Start, clamped.Length, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character);
    }

    public static DiagnosticSeverity RoslynSeverity(CoreSeverity severity) => severity switch
    {
        CoreSeverity.Error => DiagnosticSeverity.Error,
        CoreSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

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
