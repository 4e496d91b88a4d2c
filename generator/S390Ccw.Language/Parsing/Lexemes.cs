using System;
using S390Ccw.Language.Syntax;
using Sprache;

namespace S390Ccw.Language.Parsing;

/// <summary>
/// The tokens of a line as Sprache parsers. Each skips leading blanks, scans the source string directly
/// (no regex, no per-character list), and fails without consuming input, naming what it expected.
/// </summary>
internal static class Lexemes
{
    public static LineInput SkipBlanks(IInput input)
    {
        var li = (LineInput)input;
        string s = li.Source;
        int p = li.Position;
        while (p < li.End && (s[p] == ' ' || s[p] == '\t')) p++;
        return li.At(p);
    }

    public static bool IsNameStart(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$' || c == '@' || c == '#';

    public static bool IsNamePart(char c) => IsNameStart(c) || (c >= '0' && c <= '9');

    /// <summary>A name: a letter, _, $, @ or # followed by those or digits.</summary>
    public static readonly Parser<Name> Identifier = input =>
    {
        var li = SkipBlanks(input);
        string s = li.Source;
        int p = li.Position;
        if (p >= li.End || !IsNameStart(s[p])) return Result.Failure<Name>(li, "name expected", new[] { "a name" });
        p++;
        while (p < li.End && IsNamePart(s[p])) p++;
        return Result.Success(new Name(s.Substring(li.Position, p - li.Position), li.SpanTo(p)), li.At(p));
    };

    /// <summary>A word equal (ignoring case) to <paramref name="word"/>.</summary>
    public static Parser<Name> Keyword(string word)
    {
        string expectation = "'" + word + "'";
        return input =>
        {
            var li = SkipBlanks(input);
            int end = ScanName(li);
            if (end - li.Position != word.Length
                || string.Compare(li.Source, li.Position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return Result.Failure<Name>(li, expectation + " expected", new[] { expectation });
            }
            return Result.Success(new Name(li.Source.Substring(li.Position, end - li.Position), li.SpanTo(end)), li.At(end));
        };
    }

    /// <summary>A punctuation token such as ",", "|", "(", "->".</summary>
    public static Parser<SourceSpan> Punct(string text)
    {
        string expectation = "'" + text + "'";
        return input =>
        {
            var li = SkipBlanks(input);
            if (li.End - li.Position < text.Length || string.CompareOrdinal(li.Source, li.Position, text, 0, text.Length) != 0)
                return Result.Failure<SourceSpan>(li, expectation + " expected", new[] { expectation });
            int end = li.Position + text.Length;
            return Result.Success(li.SpanTo(end), li.At(end));
        };
    }

    /// <summary>'->' or the arrow character U+2192.</summary>
    public static readonly Parser<SourceSpan> Arrow = Punct("->").Or(Punct("\u2192")).Named("'->'");

    /// <summary>A decimal, 0x-hex (underscores allowed) or X'..' literal.</summary>
    public static readonly Parser<NumberExpression> Number = input =>
    {
        var li = SkipBlanks(input);
        string s = li.Source;
        int p = li.Position;
        if (p < li.End - 1 && (s[p] == 'X' || s[p] == 'x') && s[p + 1] == '\'') return HexQuoted(li);
        if (p >= li.End || s[p] < '0' || s[p] > '9') return Result.Failure<NumberExpression>(li, "number expected", new[] { "a number" });
        int end = p;
        while (end < li.End && IsNamePart(s[end])) end++;
        string text = s.Substring(p, end - p);
        bool hex = text.Length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
        bool valid = TryDigits(text, hex ? 2 : 0, hex ? 16 : 10, out ulong value, out _);
        return Result.Success(new NumberExpression(value, text, valid, 0, li.SpanTo(end)), li.At(end));
    };

    /// <summary>A double-quoted string; \" and \\ are the escapes.</summary>
    public static readonly Parser<StringLiteral> String = input =>
    {
        var li = SkipBlanks(input);
        string s = li.Source;
        int p = li.Position;
        if (p >= li.End || s[p] != '"') return Result.Failure<StringLiteral>(li, "string expected", new[] { "a string" });
        var sb = new System.Text.StringBuilder();
        p++;
        while (p < li.End)
        {
            char c = s[p];
            if (c == '"') return Result.Success(new StringLiteral(sb.ToString(), li.SpanTo(p + 1)), li.At(p + 1));
            if (c == '\\' && p + 1 < li.End && (s[p + 1] == '"' || s[p + 1] == '\\'))
            {
                sb.Append(s[p + 1]);
                p += 2;
                continue;
            }
            sb.Append(c);
            p++;
        }
        return Result.Failure<StringLiteral>(li.At(p), "closing quote expected", new[] { "'\"'" });
    };

    /// <summary>The end of the line's code, after optional blanks.</summary>
    public static readonly Parser<SourceSpan> EndOfLine = input =>
    {
        var li = SkipBlanks(input);
        return li.AtEnd
            ? Result.Success(li.SpanTo(li.Position), li)
            : Result.Failure<SourceSpan>(li, "end of line expected", new[] { "end of line" });
    };

    private static Sprache.IResult<NumberExpression> HexQuoted(LineInput li)
    {
        string s = li.Source;
        int p = li.Position + 2;
        while (p < li.End && s[p] != '\'') p++;
        if (p >= li.End) return Result.Failure<NumberExpression>(li.At(p), "closing quote expected", new[] { "\"'\"" });
        int end = p + 1;
        string text = s.Substring(li.Position, end - li.Position);
        int digits = p - (li.Position + 2);
        bool valid = TryDigits(text.Substring(2, digits), 0, 16, out ulong value, out _);
        return Result.Success(new NumberExpression(value, text, valid, digits, li.SpanTo(end)), li.At(end));
    }

    private static int ScanName(LineInput li)
    {
        int p = li.Position;
        if (p < li.End && IsNameStart(li.Source[p]))
        {
            p++;
            while (p < li.End && IsNamePart(li.Source[p])) p++;
        }
        return p;
    }

    /// <summary>Digits with '_' separators from <paramref name="start"/>; false on a bad digit or over 64 bits.</summary>
    private static bool TryDigits(string text, int start, int radix, out ulong value, out int digits)
    {
        value = 0;
        digits = 0;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '_') continue;
            int d = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : 99;
            if (d >= radix) return false;
            if (value > (ulong.MaxValue - (ulong)d) / (ulong)radix) return false;
            value = (value * (ulong)radix) + (ulong)d;
            digits++;
        }
        return digits > 0;
    }
}
