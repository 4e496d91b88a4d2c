using System.Collections.Generic;
using S390Ccw.Language;
using S390Ccw.Language.Analysis;
using S390Ccw.Language.Editing;

namespace S390Ccw.Cli.Lsp.Analysis;

/// <summary>
/// Everything the language core says about one document version: the assembly and the index of its
/// parse (one parse for both; the index built when first asked for), the channel-program analysis (only
/// when the assembly has no errors, as <c>ccw check</c> and the analyzers run it) and the diagnostics of
/// both with their configured severities.
/// </summary>
internal sealed record DocumentAnalysis(EditorAssembly Edited, ChainAnalysisResult? Chains, IReadOnlyList<ReportedDiagnostic> Diagnostics)
{
    public AssemblyResult Assembly => Edited.Assembly;

    public SourceIndex Index => Edited.Index;
}
