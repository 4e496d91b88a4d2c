using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using S390Ccw.Generator.Helpers;
using S390Ccw.Generator.Models;
using S390Ccw.Language;

namespace S390Ccw.Generator;

public sealed partial class CcwGenerator
{
    /// <summary>Inline programs default to format-0 at 0x1000 unless the attribute names Format or Origin.</summary>
    internal const uint DefaultInlineOrigin = 0x1000;

    private static InlineSpec? ExtractInline(GeneratorAttributeSyntaxContext ctx, CancellationToken ct)
    {
        if (ctx.TargetSymbol is not IMethodSymbol method || ctx.TargetNode is not MethodDeclarationSyntax syntax) return null;
        var attribute = ctx.Attributes.FirstOrDefault();
        if (attribute is null || attribute.ConstructorArguments.Length == 0) return null;
        if (attribute.ConstructorArguments[0].Value is not string body) return null;

        int format = 0;
        uint origin = DefaultInlineOrigin;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Format" && named.Value.Value is int f) format = f;
            if (named.Key == "Origin" && named.Value.Value is uint o) origin = o;
            if (named.Key == "Origin" && named.Value.Value is int oi) origin = unchecked((uint)oi);
            if (named.Key == "Origin" && named.Value.Value is long ol) origin = unchecked((uint)ol);
        }

        string header = string.Format(CultureInfo.InvariantCulture, "program {0} format{1} at 0x{2:X}\n", method.Name, format, origin);
        string source = header + body;
        var result = CcwAssembler.Assemble(source, syntax.SyntaxTree.FilePath, GeneratorIncludeResolver.Instance);

        // Map spans inside the assembled text back into the string literal when its text is the
        // value itself (no escapes); otherwise point at the whole literal.
        var literal = FindLiteral(syntax);
        var tree = syntax.SyntaxTree;
        var fileText = tree.GetText(ct);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var d in result.Diagnostics)
        {
            int start, length;
            if (literal is not null && d.Span.Position >= header.Length && LiteralContent.TryStart(literal.Value, body, out int contentStart))
            {
                start = contentStart + (d.Span.Position - header.Length);
                length = d.Span.Length;
            }
            else
            {
                var span = literal?.Span ?? syntax.Identifier.Span;
                start = span.Start;
                length = span.Length;
            }
            var lines = fileText.Lines.GetLinePositionSpan(new TextSpan(start, Math.Min(length, fileText.Length - start)));
            var sev = d.Descriptor.Severity == Language.Diagnostics.DiagnosticSeverity.Error ? DiagnosticSeverity.Error
                : d.Descriptor.Severity == Language.Diagnostics.DiagnosticSeverity.Warning ? DiagnosticSeverity.Warning
                : DiagnosticSeverity.Info;
            diagnostics.Add(new DiagnosticInfo(d.Descriptor.Id, d.Descriptor.Title, d.Message, sev, d.Descriptor.HelpLink ?? "",
                tree.FilePath, start, length, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character));
        }

        ProgramSpec? program = null;
        if (!result.HasErrors && result.Programs.Count == 1)
        {
            var spec = BuildFileSpec("", tree.FilePath, "", "", result, SourceText.From(source), 0).Programs[0];
            program = spec with { TypeName = method.Name };
        }

        var containing = new List<string>();
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            string kind = type.IsRecord ? (type.IsValueType ? "record struct" : "record") : type.TypeKind == TypeKind.Struct ? "struct" : type.TypeKind == TypeKind.Interface ? "interface" : "class";
            string isStatic = type.IsStatic ? "static " : "";
            containing.Insert(0, $"{isStatic}partial {kind} {type.Name}");
        }
        string ns = method.ContainingNamespace.IsGlobalNamespace ? "" : method.ContainingNamespace.ToDisplayString();
        string modifiers = string.Join(" ", syntax.Modifiers.Select(m => m.Text));
        string hint = Naming.HintNameFromPath(string.Join(".", new[] { ns }.Concat(containing.Select(c => c.Split(' ').Last())).Append(method.Name)), "")
            .Replace(".g.cs", ".inline.g.cs");
        return new InlineSpec(hint, ns, new EquatableArray<string>(containing), modifiers, method.Name, program,
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static SyntaxToken? FindLiteral(MethodDeclarationSyntax syntax)
    {
        foreach (var list in syntax.AttributeLists)
        {
            foreach (var attr in list.Attributes)
            {
                var arg = attr.ArgumentList?.Arguments.FirstOrDefault();
                if (arg?.Expression is LiteralExpressionSyntax lit && lit.IsKind(SyntaxKind.StringLiteralExpression)) return lit.Token;
            }
        }
        return null;
    }

    private static void EmitInline(SourceProductionContext context, InlineSpec spec)
    {
        foreach (var d in spec.Diagnostics) context.ReportDiagnostic(d.ToDiagnostic());
        if (spec.Program is null) return;
        var w = new CodeWriter();
        w.Line("// <auto-generated/>");
        w.Line("#nullable enable");
        w.Line();
        if (spec.Namespace.Length > 0)
        {
            w.Line($"namespace {spec.Namespace}");
            w.Open();
        }
        foreach (var type in spec.ContainingTypes)
        {
            w.Line(type);
            w.Open();
        }
        w.Line($"{spec.MethodModifiers} global::S390Ccw.Runtime.Programs.ChannelProgram {spec.MethodName}() => {spec.MethodName}Generated.Program;");
        w.Line();
        EmitProgram(w, spec.Program with { TypeName = spec.MethodName + "Generated" }, null, "private static class " + spec.MethodName + "Generated");
        foreach (var _ in spec.ContainingTypes) w.Close();
        if (spec.Namespace.Length > 0) w.Close();
        context.AddSource(spec.HintName, SourceText.From(w.ToString(), Encoding.UTF8));
    }
}
