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
/// line, then the string), and each diagnostic is placed inside the string literal when the literal's
/// source text is its value (verbatim or escape-free strings), else on the whole literal. A CCW0202
/// carries where 'split' goes, for the code fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InlineProgramAnalyzer : DiagnosticAnalyzer
{
    internal const string AttributeName = "S390Ccw.ChannelProgramAttribute";

    /// <summary>The generator's default origin for inline programs (ChannelProgramAttribute.Origin).</summary>
    internal const uint DefaultOrigin = 0x1000;

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

        int format = 0;
        uint origin = DefaultOrigin;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Format" && named.Value.Value is int f) format = f;
            if (named.Key == "Origin" && named.Value.Value is uint o) origin = o;
        }
        string header = string.Format(CultureInfo.InvariantCulture, "program {0} format{1} at 0x{2:X}\n", method.Name, format, origin);
        var assembly = CcwAssembler.Assemble(header + body, syntax.SyntaxTree.FilePath);
        if (assembly.HasErrors) return;
        var analysis = PrefetchAnalysis.Analyze(assembly, syntax.SyntaxTree.FilePath);
        bool mapped = LiteralContent.TryStart(literal.Token, body, out int contentStart);
        foreach (var d in analysis.Diagnostics)
        {
            var descriptor = Descriptors.ForId(d.Id);
            if (descriptor is null) continue;
            var span = mapped && d.Span.Position >= header.Length
                ? new TextSpan(contentStart + (d.Span.Position - header.Length), d.Span.Length)
                : literal.Span;
            var properties = ImmutableDictionary<string, string?>.Empty;
            var hazard = analysis.Hazards.FirstOrDefault(h => ReferenceEquals(h.Diagnostic, d) || h.Diagnostic.Message == d.Message);
            if (hazard?.Kind == PrefetchHazardKind.SafeWithBiosSplit && hazard.SplitTic?.Span is { } tic && tic.Position >= header.Length)
                properties = properties.Add(Descriptors.SplitValueOffset, (tic.Position - header.Length).ToString(CultureInfo.InvariantCulture));
            context.ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(syntax.SyntaxTree, span), properties, d.Message));
        }
    }
}
