using System.Collections.Generic;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;
using S390Ccw.Language.Editing;

namespace S390Ccw.Cli.Lsp.Features;

/// <summary>
/// textDocument/completion: at a statement's first word the directives and mnemonics; after it what the
/// grammar expects there (ParserExpectation: keywords such as format0, at, key, seek; flags and 'len';
/// the file's labels and program names where a value fits). Nothing inside a comment.
/// </summary>
internal static class CompletionProvider
{
    // LSP CompletionItemKind values (specification 3.17).
    private const int Function = 3;
    private const int Variable = 6;
    private const int Module = 9;
    private const int Keyword = 14;
    private const int EnumMember = 20;

    public static CompletionList Complete(DocumentSnapshot document, Position position)
    {
        int offset = document.Lines.OffsetOf(position);
        int lineStart = document.Lines.LineStart(document.Lines.PositionOf(offset).Line);
        string before = document.Text.Substring(lineStart, offset - lineStart);
        var items = new List<CompletionItem>();
        if (InComment(before)) return new CompletionList(false, items.ToArray());
        int colon = before.IndexOf(':');
        string statement = (colon >= 0 ? before.Substring(colon + 1) : before).TrimStart();
        if (statement.IndexOfAny(new[] { ' ', '\t' }) < 0)
        {
            foreach (var word in Vocabulary.Directives)
                items.Add(new CompletionItem(word, Keyword, Vocabulary.DirectiveMeaning(word), "1" + word));
            foreach (var command in Vocabulary.Commands)
                items.Add(new CompletionItem(command.Mnemonic, Function, $"{command.Code:X2} {command.Description}", "2" + command.Mnemonic));
            return new CompletionList(false, items.ToArray());
        }
        // Ask the grammar what it expects here; where it cannot say, offer operands (flags, len, names).
        var expected = ParserExpectation.After(WithoutPartialWord(before));
        bool flags = expected?.Flags ?? true;
        bool values = expected?.Values ?? true;
        if (expected is not null)
        {
            foreach (var word in expected.Keywords)
                items.Add(new CompletionItem(word, Keyword, "expected here", "0" + word));
        }
        if (flags)
        {
            foreach (var (name, flag) in Vocabulary.Flags)
                items.Add(new CompletionItem(name, EnumMember, $"0x{(byte)flag:X2} {Vocabulary.FlagMeaning(flag)}", "2" + name));
            if (expected is null) items.Add(new CompletionItem("len", Keyword, "len N: the CCW's count", "2len"));
        }
        if (values)
        {
            foreach (var symbol in document.Index.Symbols)
            {
                if (symbol.Kind == SourceSymbolKind.Label) items.Add(new CompletionItem(symbol.Name, Variable, "label", "1" + symbol.Name));
                else if (symbol.Kind == SourceSymbolKind.Program) items.Add(new CompletionItem(symbol.Name, Module, "program", "1" + symbol.Name));
            }
        }
        return new CompletionList(false, items.ToArray());
    }

    /// <summary>The text before the word under the caret, which the client filters the items by.</summary>
    private static string WithoutPartialWord(string before)
    {
        int end = before.Length;
        while (end > 0 && (char.IsLetterOrDigit(before[end - 1]) || before[end - 1] is '_' or '$' or '@' or '#')) end--;
        return before.Substring(0, end);
    }

    /// <summary>A ';' or '//' outside a string starts a comment (the parser's rule, docs/language.md "Lines").</summary>
    private static bool InComment(string before)
    {
        bool inString = false;
        for (int i = 0; i < before.Length; i++)
        {
            char c = before[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            }
            else if (c == '"') inString = true;
            else if (c == ';' || (c == '/' && i + 1 < before.Length && before[i + 1] == '/')) return true;
        }
        return false;
    }
}
