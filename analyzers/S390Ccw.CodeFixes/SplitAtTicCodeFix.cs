using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace S390Ccw.CodeFixes;

/// <summary>
/// CCW0202 on an inline program: the hazard is the READ_DATA + TIC form QEMU's BIOS splits, so the fix
/// writes <c>split</c> on its own line before that TIC in the attribute string (same indentation), and
/// the runtime's sequencer starts a new segment at the TIC's target (docs/language.md, Prefetch split points).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SplitAtTicCodeFix)), Shared]
public sealed class SplitAtTicCodeFix : CodeFixProvider
{
    private const string SplitValueOffset = "SplitValueOffset";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CCW0202");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(SplitValueOffset, out var text)
                || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int offset)) continue;
            var method = root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<MethodDeclarationSyntax>().FirstOrDefault();
            if (method is null || ProgramLiteral(method) is not { } literal) continue;
            context.RegisterCodeFix(
                CodeAction.Create("Split the chain at this TIC ('split')", ct => Split(context.Document, literal, offset, ct), nameof(SplitAtTicCodeFix)),
                diagnostic);
        }
    }

    private static LiteralExpressionSyntax? ProgramLiteral(MethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(l => l.Attributes)
            .Select(a => a.ArgumentList?.Arguments.FirstOrDefault()?.Expression)
            .OfType<LiteralExpressionSyntax>()
            .FirstOrDefault(l => l.IsKind(SyntaxKind.StringLiteralExpression));

    private static async Task<Document> Split(Document document, LiteralExpressionSyntax literal, int offset, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        string value = literal.Token.ValueText;
        if (root is null || offset < 0 || offset > value.Length) return document;
        int lineStart = offset == 0 ? 0 : value.LastIndexOf('\n', offset - 1) + 1;
        string indentation = value.Substring(lineStart, offset - lineStart);
        if (indentation.Trim().Length != 0) indentation = "";
        string updated = value.Insert(lineStart, indentation + "split\n");
        var replacement = literal.WithToken(NewToken(literal.Token, updated)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }

    /// <summary>A literal of the same kind as the original holding the new value.</summary>
    private static SyntaxToken NewToken(SyntaxToken original, string value)
    {
        string text = original.Text;
        if (text.StartsWith("@\"", System.StringComparison.Ordinal))
            return SyntaxFactory.Literal(original.LeadingTrivia, "@\"" + value.Replace("\"", "\"\"") + "\"", value, original.TrailingTrivia);
        if (text.StartsWith("\"\"\"", System.StringComparison.Ordinal) && text.IndexOf('\n') >= 0 && value.IndexOf("\"\"\"", System.StringComparison.Ordinal) < 0)
        {
            // A multi-line raw string keeps its form: every line gets the closing quotes' indentation back.
            int close = text.LastIndexOf('\n') + 1;
            string indent = text.Substring(close, text.Length - close).TrimEnd('"');
            var lines = value.Split('\n').Select(l => l.Length == 0 ? l : indent + l);
            string raw = "\"\"\"\n" + string.Join("\n", lines) + "\n" + indent + "\"\"\"";
            // Parsed, so the token is a MultiLineRawStringLiteralToken (SyntaxFactory.Literal makes a regular string token).
            var token = ((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(raw)).Token;
            return token.WithLeadingTrivia(original.LeadingTrivia).WithTrailingTrivia(original.TrailingTrivia);
        }
        // A regular (or single-line raw) string: the escaped form holds the new line break.
        return SyntaxFactory.Literal(original.LeadingTrivia, SymbolDisplay.FormatLiteral(value, quote: true), value, original.TrailingTrivia);
    }
}
