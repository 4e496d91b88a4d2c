using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Parsing;

namespace S390Ccw.Language.Editing;

/// <summary>
/// What the parser would accept next on a line, for completion: the grammar itself is asked (the line up
/// to the caret is parsed and its CCW0001 "expected …; found end of line" read), so an editor offers the
/// keywords the grammar expects there (<c>format0</c>, <c>at</c>, <c>key</c>, <c>seek</c>, …) without a
/// second copy of the grammar.
/// </summary>
/// <param name="Keywords">Words the grammar names ('format0', '->'), in its order.</param>
/// <param name="Flags">The grammar expects a CCW flag.</param>
/// <param name="Values">The grammar expects an expression, an address or a name (labels and program names fit).</param>
public sealed record ParserExpectation(IReadOnlyList<string> Keywords, bool Flags, bool Values)
{
    private static readonly Regex Quoted = new("'([^' ]+)'", RegexOptions.CultureInvariant);

    /// <summary>
    /// The expectation after <paramref name="linePrefix"/> (a line's text up to the caret, without the word
    /// being typed); null when the prefix parses as it is or fails before its end.
    /// </summary>
    public static ParserExpectation? After(string linePrefix)
    {
        string prefix = (linePrefix ?? string.Empty).TrimEnd(' ', '\t');
        if (prefix.IndexOf('\n') >= 0 || prefix.Length == 0) return null;
        var diagnostics = new DiagnosticBag(null);
        try
        {
            LineParser.Parse(prefix, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
        foreach (var d in diagnostics.Items)
        {
            if (d.Descriptor != DiagnosticCatalog.UnexpectedInput || d.Span.Position != prefix.Length) continue;
            // The message is "expected {0}; found end of line" (DiagnosticCatalog.UnexpectedInput).
            int end = d.Message.LastIndexOf("; found", StringComparison.Ordinal);
            string expected = end < 0 ? d.Message : d.Message.Substring(0, end);
            var keywords = new List<string>();
            foreach (Match m in Quoted.Matches(expected))
            {
                string word = m.Groups[1].Value;
                // 'cylN'/'trkN'/'recN' name a word with a number: offer the word.
                if (word.Length > 1 && word[word.Length - 1] == 'N' && char.IsLower(word[0])) word = word.Substring(0, word.Length - 1);
                if (word != "," && word != "|" && !keywords.Contains(word)) keywords.Add(word);
            }
            bool flags = expected.IndexOf("a flag", StringComparison.Ordinal) >= 0;
            bool values = expected.IndexOf("an expression", StringComparison.Ordinal) >= 0
                || expected.IndexOf("an address", StringComparison.Ordinal) >= 0
                || expected.IndexOf("name", StringComparison.Ordinal) >= 0;
            return new ParserExpectation(keywords, flags, values);
        }
        return null;
    }
}
