using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using S390Ccw.Generator.Helpers;
using S390Ccw.Language;
using S390Ccw.Language.Analysis;

namespace S390Ccw.Analyzers;

/// <summary>
/// Reports the channel-program analysis (CCW0202-CCW0206) on every *.ccw additional file at the exact
/// span. Syntax and semantic errors (CCW00xx, CCW01xx, and CCW0200/0201 which the assembler finds)
/// are the generator's to report; a file with errors is not analysed, as the generator emits nothing
/// for it either. Severities come from .editorconfig sections matching the .ccw path (CcwFileSeverities).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CcwFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.Analysis;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // .editorconfig sections for .ccw files, which the compiler does not apply to them (CcwFileSeverities).
            var configs = start.Options.AdditionalFiles.Where(f => CcwFileSeverities.IsConfigFile(f.Path))
                .Select(f => new KeyValuePair<string, string>(f.Path, f.GetText(start.CancellationToken)?.ToString() ?? ""));
            var severities = CcwFileSeverities.From(configs);
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, severities));
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, CcwFileSeverities severities)
    {
        var file = context.AdditionalFile;
        if (!file.Path.EndsWith(".ccw", StringComparison.OrdinalIgnoreCase)) return;
        var text = file.GetText(context.CancellationToken);
        if (text is null) return;
        // Include files are read as the generator reads them, so both see the same volume.
        var assembly = CcwAssembler.Assemble(text.ToString(), file.Path, DiskIncludeResolver.Instance);
        if (assembly.HasErrors) return;
        var analysis = PrefetchAnalysis.Analyze(assembly, file.Path);
        foreach (var d in analysis.Diagnostics)
        {
            var descriptor = Descriptors.ForId(d.Id);
            if (descriptor is null) continue;
            int start = Math.Min(Math.Max(0, d.Span.Position), text.Length);
            var span = new TextSpan(start, Math.Max(0, Math.Min(d.Span.Length, text.Length - start)));
            var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
            if (severities.Apply(Diagnostic.Create(descriptor, location, d.Message)) is { } configured) context.ReportDiagnostic(configured);
        }
    }
}
