using System.Collections.Generic;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.EditorConfig;
using S390Ccw.Language;
using S390Ccw.Language.Analysis;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Editing;

namespace S390Ccw.Cli.Lsp.Analysis;

/// <summary>Assembles and analyses a snapshot with the same calls as <c>ccw check</c>, then applies the EditorConfig severities.</summary>
internal sealed class DocumentAnalyzer
{
    private readonly EditorConfigReader _editorConfig = new();

    public DocumentAnalysis Analyze(DocumentSnapshot snapshot)
    {
        var edited = EditorAssembly.Assemble(snapshot.Text, snapshot.FilePath, DiskIncludeResolver.Instance);
        var assembly = edited.Assembly;
        ChainAnalysisResult? chains = assembly.HasErrors ? null : PrefetchAnalysis.Analyze(assembly, snapshot.FilePath);
        var options = snapshot.FilePath is null
            ? new Dictionary<string, string>()
            : _editorConfig.PropertiesFor(snapshot.FilePath);
        var reported = new List<ReportedDiagnostic>();
        Add(assembly.Diagnostics, options, reported);
        if (chains is not null) Add(chains.Diagnostics, options, reported);
        return new DocumentAnalysis(edited, chains, reported);
    }

    private static void Add(IEnumerable<CcwDiagnostic> diagnostics, IReadOnlyDictionary<string, string> options, List<ReportedDiagnostic> into)
    {
        foreach (var d in diagnostics)
        {
            if (SeverityOptions.Resolve(d, options) is { } severity) into.Add(new ReportedDiagnostic(d, severity));
        }
    }
}
