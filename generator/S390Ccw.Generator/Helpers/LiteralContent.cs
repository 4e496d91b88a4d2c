using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace S390Ccw.Generator.Helpers;

/// <summary>
/// Where each character of a string literal's value sits in the source file, for every form of C# string
/// literal: regular (with escapes), verbatim (with doubled quotes) and raw, single- or multi-line (C# 11
/// raw string literals: the closing line's whitespace is removed from every content line, and the line
/// breaks after the opening and before the closing quotes are not part of the value). The map lets a
/// diagnostic inside an inline program underline exactly the characters it is about.
/// One source file shared by the generator and the analyzers (linked into both).
/// </summary>
internal static class LiteralContent
{
    /// <summary>
    /// Source positions of the value's characters, plus one for the end of the value (so a span
    /// [a, b) of the value is [map[a], map[b]) in the file). False when the token is not a string
    /// literal whose text reproduces its value (then the caller points at the whole literal).
    /// </summary>
    public static bool TryMap(SyntaxToken literal, out int[] map)
    {
        map = Array.Empty<int>();
        string text = literal.Text;
        string value = literal.ValueText;
        var positions = new List<int>(value.Length + 1);
        bool ok = literal.Kind() switch
        {
            SyntaxKind.StringLiteralToken when text.StartsWith("@", StringComparison.Ordinal) => Verbatim(text, positions),
            SyntaxKind.StringLiteralToken => Regular(text, positions),
            SyntaxKind.SingleLineRawStringLiteralToken => SingleLineRaw(text, positions),
            SyntaxKind.MultiLineRawStringLiteralToken => MultiLineRaw(text, positions),
            _ => false,
        };
        if (!ok || positions.Count != value.Length + 1) return false;
        for (int i = 0; i < value.Length; i++)
        {
            // Every character is where the map says, or is the start of the escape that produced it.
            char source = text[positions[i]];
            if (source != value[i] && !(source == '\\' && literal.IsKind(SyntaxKind.StringLiteralToken))) return false;
        }
        for (int i = 0; i < positions.Count; i++) positions[i] += literal.SpanStart;
        map = positions.ToArray();
        return true;
    }

    private static bool Verbatim(string text, List<int> positions)
    {
        int end = text.Length - 1;
        for (int i = 2; i < end; i++)
        {
            positions.Add(i);
            if (text[i] == '"') i++;
        }
        positions.Add(end);
        return true;
    }

    private static bool Regular(string text, List<int> positions)
    {
        int end = text.Length - 1;
        for (int i = 1; i < end; i++)
        {
            if (text[i] != '\\')
            {
                positions.Add(i);
                continue;
            }
            char kind = text[i + 1];
            int length = kind switch
            {
                'x' => 2 + HexDigits(text, i + 2, 4),
                'u' => 6,
                'U' => 10,
                _ => 2,
            };
            positions.Add(i);
            // \U above U+FFFF is two UTF-16 characters, both from the one escape.
            if (kind == 'U' && Convert.ToInt32(text.Substring(i + 2, 8), 16) > 0xFFFF) positions.Add(i);
            i += length - 1;
        }
        positions.Add(end);
        return true;
    }

    private static int HexDigits(string text, int start, int max)
    {
        int n = 0;
        while (n < max && start + n < text.Length && Uri.IsHexDigit(text[start + n])) n++;
        return n;
    }

    private static bool SingleLineRaw(string text, List<int> positions)
    {
        int quotes = 0;
        while (quotes < text.Length && text[quotes] == '"') quotes++;
        for (int i = quotes; i < text.Length - quotes; i++) positions.Add(i);
        positions.Add(text.Length - quotes);
        return true;
    }

    private static bool MultiLineRaw(string text, List<int> positions)
    {
        int quotes = 0;
        while (quotes < text.Length && text[quotes] == '"') quotes++;
        int closingLineStart = text.LastIndexOf('\n') + 1;
        int indentation = 0;
        while (closingLineStart + indentation < text.Length && text[closingLineStart + indentation] is ' ' or '\t') indentation++;
        int lineStart = text.IndexOf('\n') + 1;
        // The value ends before the line break that precedes the closing line (\r\n or \n).
        int valueEnd = closingLineStart - 1;
        if (valueEnd > 0 && text[valueEnd - 1] == '\r') valueEnd--;
        while (lineStart < closingLineStart)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            int contentEnd = lineEnd > 0 && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            int first = Math.Min(lineStart + indentation, contentEnd);
            for (int i = first; i < contentEnd; i++) positions.Add(i);
            if (lineEnd + 1 >= closingLineStart) break;
            for (int i = contentEnd; i <= lineEnd; i++) positions.Add(i);
            lineStart = lineEnd + 1;
        }
        positions.Add(valueEnd);
        return true;
    }
}
