using System.Collections.Generic;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;
using S390Ccw.Language.Editing;

namespace S390Ccw.Cli.Lsp.Features;

/// <summary>
/// textDocument/semanticTokens/full from the syntax tree's words (SourceIndex.Tokens): mnemonics,
/// directives, flags, label and program definitions and uses, numbers and strings. The TextMate grammar
/// colours the rest (comments, operators) and everything before the server answers.
/// </summary>
internal static class SemanticTokensProvider
{
    /// <summary>The legend, indexed by <see cref="TypeOf"/>; standard LSP token types.</summary>
    public static readonly string[] TokenTypes = { "keyword", "function", "enumMember", "property", "variable", "namespace", "number", "string", "class" };

    /// <summary>Modifier bit 0: the word defines the name.</summary>
    public static readonly string[] TokenModifiers = { "declaration" };

    public static SemanticTokens Tokens(DocumentSnapshot document)
    {
        var data = new List<int>();
        int previousLine = 0, previousCharacter = 0;
        foreach (var token in document.Index.Tokens)
        {
            var start = document.Lines.PositionOf(token.Span.Position);
            var end = document.Lines.PositionOf(token.Span.End);
            if (end.Line != start.Line) continue; // LSP tokens stay within a line
            data.Add(start.Line - previousLine);
            data.Add(start.Line == previousLine ? start.Character - previousCharacter : start.Character);
            data.Add(end.Character - start.Character);
            data.Add(TypeOf(token.Kind));
            data.Add(IsDefinition(token.Kind) ? 1 : 0);
            previousLine = start.Line;
            previousCharacter = start.Character;
        }
        return new SemanticTokens(data.ToArray());
    }

    private static int TypeOf(SourceTokenKind kind) => kind switch
    {
        SourceTokenKind.Keyword => 0,
        SourceTokenKind.Mnemonic => 1,
        SourceTokenKind.Flag => 2,
        SourceTokenKind.Field => 3,
        SourceTokenKind.LabelDefinition or SourceTokenKind.SymbolReference => 4,
        SourceTokenKind.ProgramDefinition => 5,
        SourceTokenKind.Number => 6,
        SourceTokenKind.String => 7,
        _ => 8, // VolumeDefinition
    };

    private static bool IsDefinition(SourceTokenKind kind) =>
        kind is SourceTokenKind.LabelDefinition or SourceTokenKind.ProgramDefinition or SourceTokenKind.VolumeDefinition;
}
