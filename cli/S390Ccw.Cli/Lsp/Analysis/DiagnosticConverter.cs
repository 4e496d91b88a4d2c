using System.Collections.Generic;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;

namespace S390Ccw.Cli.Lsp.Analysis;

/// <summary>Language-core diagnostics as LSP diagnostics: same ID (code), same words, same span.</summary>
internal static class DiagnosticConverter
{
    public const string Source = "ccw";

    /// <summary>Where each ID is explained; the catalogue's help links are relative to the repository.</summary>
    public const string DocumentationBase = "https://github.com/s390ccw/s390ccw/blob/main/";

    public static LspDiagnostic ToLsp(ReportedDiagnostic reported, LineIndex lines)
    {
        var d = reported.Diagnostic;
        return new LspDiagnostic(lines.RangeOf(d.Span), reported.Severity, d.Id, Source, d.Message,
            new CodeDescription(DocumentationBase + d.Descriptor.HelpLink));
    }

    public static LspDiagnostic[] ToLsp(DocumentSnapshot snapshot)
    {
        var list = new List<LspDiagnostic>();
        foreach (var reported in snapshot.Analysis.Diagnostics) list.Add(ToLsp(reported, snapshot.Lines));
        return list.ToArray();
    }
}
