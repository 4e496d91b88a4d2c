using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using S390Ccw.Generator.Helpers;
using S390Ccw.Generator.Models;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Generator;

public sealed partial class CcwGenerator
{
    internal const string ChannelProgramType = "S390Ccw.Runtime.Programs.ChannelProgram";

    /// <summary>
    /// How a [ChannelProgram] method may be declared (docs/diagnostics.md, CCW1001-CCW1005): the first rule it
    /// breaks, as one diagnostic, and whether a generated part can still be valid C# (a throwing body with the
    /// same declaration), so that the CCW diagnostic is the only error.
    /// </summary>
    private static (DiagnosticInfo? Usage, bool Emit) CheckUsage(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute, SourceText text, CancellationToken ct)
    {
        string path = syntax.SyntaxTree.FilePath;
        DiagnosticInfo At(Language.Diagnostics.DiagnosticDescriptor d, TextSpan span, params object[] args) => DiagnosticInfo.Create(d, d.Format(args), path, text, span);

        if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
            return (At(DiagnosticCatalog.ChannelProgramNotStaticPartial, syntax.Identifier.Span, method.Name), false);
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            bool partial = type.DeclaringSyntaxReferences.All(r => r.GetSyntax(ct) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!partial) return (At(DiagnosticCatalog.ChannelProgramTypeNotPartial, syntax.Identifier.Span, type.Name, method.Name), false);
        }
        if (method.IsGenericMethod)
            return (At(DiagnosticCatalog.ChannelProgramHasParameters, syntax.TypeParameterList!.Span, method.Name), true);
        if (!method.IsStatic)
            return (At(DiagnosticCatalog.ChannelProgramNotStaticPartial, syntax.Identifier.Span, method.Name), true);
        if (method.ReturnType.ToDisplayString() != ChannelProgramType || method.ReturnsByRef || method.ReturnsByRefReadonly)
            return (At(DiagnosticCatalog.ChannelProgramWrongReturnType, syntax.ReturnType.Span, method.Name, method.ReturnType.ToDisplayString()), true);
        if (method.Parameters.Length > 0)
            return (At(DiagnosticCatalog.ChannelProgramHasParameters, syntax.ParameterList.Span, method.Name), true);
        if (ArgumentError(attribute) is { } error)
        {
            var span = NamedArgument(syntax, error.Name)?.Span ?? syntax.Identifier.Span;
            return (At(DiagnosticCatalog.ChannelProgramInvalidArgument, span, error.Name, error.Value, error.Reason), true);
        }
        return (null, true);
    }

    /// <summary>A Format or Origin no CCW can have (SA22-7832, ch. 15, "Channel-Command Word": format-0 data addresses are 24 bits, format-1 31 bits; CCWs sit on doublewords).</summary>
    private static (string Name, string Value, string Reason)? ArgumentError(AttributeData attribute)
    {
        InlineProgramSource.ReadArguments(attribute, out int format, out _, out long origin);
        if (format is not (0 or 1)) return ("Format", format.ToString(System.Globalization.CultureInfo.InvariantCulture), "a CCW is format-0 or format-1");
        string hex = "0x" + origin.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        if (origin < 0) return ("Origin", hex, "an address cannot be negative");
        if (origin % 8 != 0) return ("Origin", hex, "CCWs must start on a doubleword (8-byte) boundary");
        long limit = format == 0 ? 0xFFFFFF : 0x7FFFFFFF;
        if (origin > limit) return ("Origin", hex, format == 0 ? "format-0 CCWs address 24 bits (limit 0xFFFFFF)" : "format-1 CCWs address 31 bits (limit 0x7FFFFFFF)");
        return null;
    }

    private static AttributeArgumentSyntax? NamedArgument(MethodDeclarationSyntax syntax, string name) =>
        syntax.AttributeLists.SelectMany(l => l.Attributes).SelectMany(a => a.ArgumentList?.Arguments ?? default)
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
}
