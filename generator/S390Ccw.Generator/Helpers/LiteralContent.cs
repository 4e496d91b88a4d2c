using Microsoft.CodeAnalysis;

namespace S390Ccw.Generator.Helpers;

/// <summary>
/// Where a string literal's value starts in the source, when the text between the quotes is the value itself.
/// One source file shared by the generator and the analyzers (linked into both), which both map inline
/// programs' diagnostics into the literal.
/// </summary>
internal static class LiteralContent
{
    public static bool TryStart(SyntaxToken literal, string value, out int start)
    {
        string text = literal.Text;
        int open = text.IndexOf('"');
        int quotes = 0;
        while (open + quotes < text.Length && text[open + quotes] == '"') quotes++;
        if (quotes >= 3)
        {
            // A single-line raw string: the value follows the quotes directly.
            int inner = open + quotes;
            if (string.CompareOrdinal(text, inner, value, 0, value.Length) == 0)
            {
                start = literal.SpanStart + inner;
                return true;
            }
        }
        else if (open >= 0 && text.Length == open + 1 + value.Length + 1 && string.CompareOrdinal(text, open + 1, value, 0, value.Length) == 0)
        {
            // A verbatim string without "" escapes, or a regular one without backslash escapes.
            start = literal.SpanStart + open + 1;
            return true;
        }
        start = 0;
        return false;
    }
}
