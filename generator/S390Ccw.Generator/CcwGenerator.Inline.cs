using System.Collections.Generic;
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
    private static InlineSpec? ExtractInline(GeneratorAttributeSyntaxContext ctx, CancellationToken ct)
    {
        if (ctx.TargetSymbol is not IMethodSymbol method || ctx.TargetNode is not MethodDeclarationSyntax syntax) return null;
        // The user wrote the implementation part: nothing to generate (the analyzer still checks the string).
        if (method.PartialImplementationPart is not null) return null;
        var attribute = ctx.Attributes.FirstOrDefault();
        if (attribute is null) return null;
        var tree = syntax.SyntaxTree;
        var fileText = tree.GetText(ct);

        var (usage, emit) = CheckUsage(method, syntax, attribute, fileText, ct);
        var diagnostics = new List<DiagnosticInfo>();
        ProgramSpec? program = null;
        string failure = "";
        if (usage is not null)
        {
            diagnostics.Add(usage);
            failure = usage.Id + ": " + usage.Message;
        }
        else
        {
            string body = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? "";
            InlineProgramSource.ReadArguments(attribute, out int format, out uint origin, out _);
            var literal = ProgramLiteral(syntax);
            int[]? map = literal is { } token && LiteralContent.TryMap(token, out var m) ? m : null;
            int firstLine = map is null ? 0 : fileText.Lines.GetLineFromPosition(map[0]).LineNumber + 1;
            var (source, valueOffset) = InlineProgramSource.Build(method.Name, format, origin, body, firstLine);
            var result = CcwAssembler.Assemble(source, tree.FilePath, GeneratorIncludeResolver.Instance);
            var fallback = literal?.Span ?? syntax.Identifier.Span;
            foreach (var d in result.Diagnostics)
            {
                var span = InLiteral(map, d.Span.Position - valueOffset, d.Span.Length, body.Length) ?? fallback;
                diagnostics.Add(DiagnosticInfo.Create(d.Descriptor, d.Message, tree.FilePath, fileText, span));
            }
            if (!result.HasErrors && result.Programs.Count == 1)
            {
                var spec = BuildFileSpec("", tree.FilePath, "", "", result, SourceText.From(source), 0).Programs[0];
                program = spec with { TypeName = method.Name };
            }
            else
            {
                var first = result.Diagnostics.FirstOrDefault(d => d.Severity == Language.Diagnostics.DiagnosticSeverity.Error);
                failure = first is null ? "the inline program has errors" : first.Id + ": " + first.Message;
            }
        }

        var containing = new List<string>();
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            string kind = type.IsRecord ? (type.IsValueType ? "record struct" : "record") : type.TypeKind == TypeKind.Struct ? "struct" : type.TypeKind == TypeKind.Interface ? "interface" : "class";
            string isStatic = type.IsStatic ? "static " : "";
            string typeParameters = type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(t => t.Name)) + ">";
            containing.Insert(0, $"{isStatic}partial {kind} {type.Name}{typeParameters}");
        }
        string ns = method.ContainingNamespace.IsGlobalNamespace ? "" : method.ContainingNamespace.ToDisplayString();
        string parameterNames = string.Concat(method.Parameters.Select(p => "_" + p.Type.Name));
        string hint = Naming.HintNameFromPath(string.Join(".", new[] { ns }.Concat(method.ContainingType is null ? Enumerable.Empty<string>() : TypeNames(method.ContainingType)).Append(method.Name + parameterNames)), "")
            .Replace(".g.cs", ".inline.g.cs");
        return new InlineSpec(hint, ns, new EquatableArray<string>(containing), Declaration(method, syntax), method.Name, program, failure,
            new EquatableArray<DiagnosticInfo>(diagnostics), emit);
    }

    private static IEnumerable<string> TypeNames(INamedTypeSymbol type)
    {
        var names = new List<string>();
        for (var t = type; t is not null; t = t.ContainingType) names.Insert(0, t.Name);
        return names;
    }

    /// <summary>The value span [start, start + length) in the file, when the map covers it.</summary>
    internal static TextSpan? InLiteral(int[]? map, int start, int length, int valueLength)
    {
        if (map is null || start < 0 || length < 0 || start + length > valueLength) return null;
        return TextSpan.FromBounds(map[start], map[start + length]);
    }

    /// <summary>The string literal given as the attribute's first argument.</summary>
    internal static SyntaxToken? ProgramLiteral(MethodDeclarationSyntax syntax)
    {
        foreach (var list in syntax.AttributeLists)
        {
            foreach (var attr in list.Attributes)
            {
                var arg = attr.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null);
                if (arg?.Expression is LiteralExpressionSyntax lit && lit.IsKind(SyntaxKind.StringLiteralExpression)) return lit.Token;
            }
        }
        return null;
    }

    /// <summary>The method's declaration as the generated part must repeat it (modifiers, return type, parameters).</summary>
    private static string Declaration(IMethodSymbol method, MethodDeclarationSyntax syntax)
    {
        var format = SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);
        string modifiers = string.Join(" ", syntax.Modifiers.Select(m => m.Text));
        string returns = (method.ReturnsByRefReadonly ? "ref readonly " : method.ReturnsByRef ? "ref " : "") + method.ReturnType.ToDisplayString(format);
        var parameters = method.Parameters.Select((p, i) =>
        {
            var sb = new StringBuilder();
            if (i == 0 && method.IsExtensionMethod) sb.Append("this ");
            if (p.IsParams) sb.Append("params ");
            sb.Append(p.RefKind switch { RefKind.Ref => "ref ", RefKind.Out => "out ", RefKind.In => "in ", _ => "" });
            return sb.Append(p.Type.ToDisplayString(format)).Append(' ').Append('@').Append(p.Name).ToString();
        });
        string typeParameters = method.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", method.TypeParameters.Select(t => t.Name)) + ">";
        return $"{modifiers} {returns} {method.Name}{typeParameters}({string.Join(", ", parameters)}){Constraints(method, format)}";
    }

    /// <summary>The type parameters' constraints, which both parts of a partial method must state alike.</summary>
    private static string Constraints(IMethodSymbol method, SymbolDisplayFormat format)
    {
        var sb = new StringBuilder();
        foreach (var t in method.TypeParameters)
        {
            var parts = new List<string>();
            if (t.HasReferenceTypeConstraint) parts.Add(t.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
            if (t.HasUnmanagedTypeConstraint) parts.Add("unmanaged");
            else if (t.HasValueTypeConstraint) parts.Add("struct");
            if (t.HasNotNullConstraint) parts.Add("notnull");
            parts.AddRange(t.ConstraintTypes.Select(c => c.ToDisplayString(format)));
            if (t.HasConstructorConstraint) parts.Add("new()");
            if (parts.Count > 0) sb.Append(" where ").Append(t.Name).Append(" : ").Append(string.Join(", ", parts));
        }
        return sb.ToString();
    }

    private static void EmitInline(SourceProductionContext context, InlineSpec spec)
    {
        foreach (var d in spec.Diagnostics) context.ReportDiagnostic(d.ToDiagnostic());
        if (!spec.Emit) return;
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
        if (spec.Program is null)
        {
            // The method or its string has an error, reported as a CCW diagnostic; this body keeps it the only error.
            w.Line($"{spec.Declaration} => throw new global::System.InvalidOperationException({Naming.Literal(spec.Failure)});");
        }
        else
        {
            w.Line($"{spec.Declaration} => {spec.MethodName}Generated.Program;");
            w.Line();
            EmitProgram(w, spec.Program with { TypeName = spec.MethodName + "Generated" }, null, "private static class " + spec.MethodName + "Generated");
        }
        foreach (var _ in spec.ContainingTypes) w.Close();
        if (spec.Namespace.Length > 0) w.Close();
        context.AddSource(spec.HintName, SourceText.From(w.ToString(), Encoding.UTF8));
    }
}
