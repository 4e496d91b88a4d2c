using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using S390Ccw.Generator.Helpers;
using S390Ccw.Language;
using S390Ccw.Language.Analysis;

namespace S390Ccw.Analyzers;

/// <summary>
/// The channel-program analysis on inline programs, <c>[ChannelProgram("…")] static partial ChannelProgram M();</c>:
/// the string is assembled exactly as the generator assembles it (a <c>program M formatF at ORIGIN</c>
/// line, then the string: InlineProgramSource), and each diagnostic is placed on its exact characters inside
/// the string literal, whatever its form (LiteralContent). A CCW0202
/// carries where 'split' goes, for the code fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InlineProgramAnalyzer : DiagnosticAnalyzer
{
    internal const string AttributeName = "S390Ccw.ChannelProgramAttribute";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.Analysis;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(AnalyzeMethod, SyntaxKind.MethodDeclaration);
    }

    private static void AnalyzeMethod(SyntaxNodeAnalysisContext context)
    {
        var syntax = (MethodDeclarationSyntax)context.Node;
        if (syntax.AttributeLists.Count == 0) return;
        if (context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is not { } method) return;
        var attribute = method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeName);
        if (attribute is null || attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not string body) return;
        if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax attributeSyntax) return;
        if (attributeSyntax.ArgumentList?.Arguments.FirstOrDefault()?.Expression is not LiteralExpressionSyntax literal) return;

        // The same text the generator assembles (InlineProgramSource), mapped into the literal the same way.
        InlineProgramSource.ReadArguments(attribute, out int format, out uint origin, out _);
        int[]? map = LiteralContent.TryMap(literal.Token, out var m) ? m : null;
        int firstLine = map is null ? 0 : syntax.SyntaxTree.GetText(context.CancellationToken).Lines.GetLineFromPosition(map[0]).LineNumber + 1;
        var (source, valueOffset) = InlineProgramSource.Build(method.Name, format, origin, body, firstLine);
        var assembly = CcwAssembler.Assemble(source, syntax.SyntaxTree.FilePath);
        if (assembly.HasErrors) return;
        var analysis = PrefetchAnalysis.Analyze(assembly, syntax.SyntaxTree.FilePath);
        foreach (var d in analysis.Diagnostics)
        {
            var descriptor = Descriptors.ForId(d.Id);
            if (descriptor is null) continue;
            int start = d.Span.Position - valueOffset;
            var span = map is not null && start >= 0 && start + d.Span.Length <= body.Length
                ? TextSpan.FromBounds(map[start], map[start + d.Span.Length])
                : literal.Span;
            var properties = ImmutableDictionary<string, string?>.Empty;
            var hazard = analysis.Hazards.FirstOrDefault(h => ReferenceEquals(h.Diagnostic, d) || h.Diagnostic.Message == d.Message);
            if (hazard?.Kind == PrefetchHazardKind.SafeWithBiosSplit && hazard.SplitTic?.Span is { } tic && tic.Position >= valueOffset)
                properties = properties.Add(Descriptors.SplitValueOffset, (tic.Position - valueOffset).ToString(CultureInfo.InvariantCulture));
            context.ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(syntax.SyntaxTree, span), properties, d.Message));
        }
    }
}
