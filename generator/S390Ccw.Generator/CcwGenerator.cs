using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using S390Ccw.Generator.Helpers;
using S390Ccw.Generator.Models;

namespace S390Ccw.Generator;

/// <summary>
/// Turns every *.ccw additional file, and every [ChannelProgram] partial method, into typed C#.
/// The pipeline never reads the Compilation, so editing C# never re-runs the .ccw steps (Roslyn docs/features/incremental-generators.md, "pipeline").
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class CcwGenerator : IIncrementalGenerator
{
    public static class StepNames
    {
        public const string Options = "Ccw.Options";
        public const string Parse = "Ccw.Parse";
        public const string Inline = "Ccw.Inline";
        public const string Severities = "Ccw.Severities";
        public const string Classes = "Ccw.Classes";
    }

    internal const string AttributeMetadataName = "S390Ccw.ChannelProgramAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".ccw", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ReadOptions(pair.Left, pair.Right))
            .WithTrackingName(StepNames.Options)
            .Select(static (input, ct) => ParseFile(input, ct))
            .WithTrackingName(StepNames.Parse);

        // Severities for diagnostics in .ccw files, from .editorconfig sections (Helpers/CcwFileSeverities).
        var severities = context.AdditionalTextsProvider
            .Where(static text => CcwFileSeverities.IsConfigFile(text.Path))
            .Select(static (text, ct) => new ConfigText(text.Path, text.GetText(ct)?.ToString() ?? ""))
            .Collect()
            .Select(static (configs, _) => new SeverityConfig(new EquatableArray<ConfigText>(configs.OrderBy(c => c.Path, StringComparer.Ordinal))))
            .WithTrackingName(StepNames.Severities);

        // Every file's generated class, so two files that generate the same class are reported (CCW1006), not compiled twice.
        var classes = files
            .Select(static (file, _) => new GeneratedClass(file.FilePath, file.Namespace + "." + file.ClassName))
            .Collect()
            .Select(static (all, _) => new EquatableArray<GeneratedClass>(all.OrderBy(c => c.FilePath, StringComparer.Ordinal)))
            .WithTrackingName(StepNames.Classes);

        context.RegisterSourceOutput(files.Combine(classes).Combine(severities),
            static (spc, input) => Emit(spc, input.Left.Left, input.Left.Right, input.Right.Severities));

        var inline = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeMetadataName,
                static (node, _) => node is MethodDeclarationSyntax,
                static (ctx, ct) => ExtractInline(ctx, ct))
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(StepNames.Inline);

        context.RegisterSourceOutput(inline, static (spc, spec) => EmitInline(spc, spec));
    }
}
