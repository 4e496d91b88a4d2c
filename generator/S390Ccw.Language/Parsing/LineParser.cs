using System;
using System.Collections.Generic;
using System.Text;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Syntax;
using Sprache;

namespace S390Ccw.Language.Parsing;

/// <summary>
/// Splits the text into lines, cuts comments (';' or '//' outside strings), screens each line for
/// characters and nesting the grammar must never see, then parses <c>[label:] statement</c> with the
/// Sprache grammar. A line that fails reports one diagnostic and parsing goes on with the next line,
/// so one file reports all its syntax errors.
/// </summary>
internal static class LineParser
{
    /// <summary>Longest statement (code without comment) accepted; longer lines are reported, not parsed.</summary>
    public const int MaximumStatementLength = 16384;

    /// <summary>Deepest parenthesis nesting accepted, so the recursive grammar stays far from the stack limit.</summary>
    public const int MaximumNesting = 32;

    private enum Kind
    {
        Program, Volume, Record, Standard, Psw, Data, Ebcdic, Ascii, Align, Space, Arg, Split, Ccw, Read,
    }

    private static readonly Dictionary<string, Kind> Directives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["program"] = Kind.Program, ["volume"] = Kind.Volume, ["record"] = Kind.Record, ["standard"] = Kind.Standard,
        ["psw"] = Kind.Psw, ["data"] = Kind.Data, ["ebcdic"] = Kind.Ebcdic, ["ascii"] = Kind.Ascii,
        ["align"] = Kind.Align, ["space"] = Kind.Space, ["arg"] = Kind.Arg, ["split"] = Kind.Split,
        ["CCW"] = Kind.Ccw, ["READ"] = Kind.Read,
    };

    /// <summary>The words that start a statement other than a mnemonic, for editors (Editing/Vocabulary).</summary>
    public static IEnumerable<string> DirectiveNames => Directives.Keys;

    private static readonly Parser<(Name Label, SourceSpan Colon)> LabelPrefix =
        from name in Lexemes.Identifier
        from colon in Lexemes.Punct(":")
        select (name, colon);

    public static ParsedFile Parse(string text, DiagnosticBag diagnostics)
    {
        var statements = new List<Statement>();
        int line = 1;
        int start = 0;
        while (start <= text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            int contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            var statement = ParseLine(text, start, contentEnd, line, diagnostics);
            if (statement is not null)
            {
                statement.LineSpan = SourceSpan.InLine(start, contentEnd - start, line, 1);
                statements.Add(statement);
            }
            if (newline < 0) break;
            start = newline + 1;
            line++;
        }
        return new ParsedFile(text, statements);
    }

    private static Statement? ParseLine(string text, int lineStart, int lineEnd, int line, DiagnosticBag diagnostics)
    {
        int codeEnd = ScreenLine(text, lineStart, lineEnd, line, diagnostics, out bool rejected);
        if (rejected) return null;
        while (codeEnd > lineStart && (text[codeEnd - 1] == ' ' || text[codeEnd - 1] == '\t')) codeEnd--;
        if (codeEnd - lineStart > MaximumStatementLength)
        {
            diagnostics.Report(DiagnosticCatalog.LineTooLong, SourceSpan.InLine(lineStart, codeEnd - lineStart, line, 1),
                codeEnd - lineStart, MaximumStatementLength);
            return null;
        }
        var input = Lexemes.SkipBlanks(new LineInput(text, lineStart, codeEnd, line, lineStart));
        if (input.AtEnd) return null;

        Name? label = null;
        var labelResult = LabelPrefix(input);
        if (labelResult.WasSuccessful)
        {
            label = labelResult.Value.Label;
            input = Lexemes.SkipBlanks(labelResult.Remainder);
            if (input.AtEnd) return new LabelStatement(label.Value.Span) { Label = label };
        }

        var head = Lexemes.Identifier(input);
        if (!head.WasSuccessful)
        {
            ReportSyntax(diagnostics, input, new[] { "a mnemonic or directive" });
            return LabelOnly(label);
        }
        var span = input.SpanTo(codeEnd);
        var operands = (LineInput)head.Remainder;
        IResult<Statement> result;
        if (Directives.TryGetValue(head.Value.Text, out var kind))
        {
            result = kind switch
            {
                Kind.Program => StatementGrammar.Program(operands, span),
                Kind.Volume => StatementGrammar.Volume(operands, span),
                Kind.Record => RecordGrammar.Record(operands, span),
                Kind.Standard => StatementGrammar.StandardTrack0(operands, span),
                Kind.Psw => StatementGrammar.Psw(operands, span),
                Kind.Data => StatementGrammar.Data(operands, span),
                Kind.Ebcdic => StatementGrammar.Text(operands, TextEncodingKind.Ebcdic, span),
                Kind.Ascii => StatementGrammar.Text(operands, TextEncodingKind.Ascii, span),
                Kind.Align => StatementGrammar.Align(operands, span),
                Kind.Space => StatementGrammar.Space(operands, span),
                Kind.Arg => ArgumentGrammar.Argument(operands, span),
                Kind.Split => Result.Success<Statement>(new SplitStatement(span), operands),
                Kind.Ccw => StatementGrammar.RawCcw(operands, span),
                _ => StatementGrammar.Read(operands, span),
            };
        }
        else if (CommandTable.TryGet(head.Value.Text, out var info))
        {
            result = StatementGrammar.Command(operands, head.Value, info, span);
        }
        else
        {
            diagnostics.Report(DiagnosticCatalog.UnknownMnemonic, head.Value.Span, head.Value.Text);
            return LabelOnly(label);
        }

        if (!result.WasSuccessful)
        {
            ReportSyntax(diagnostics, (LineInput)result.Remainder, result.Expectations);
            return LabelOnly(label);
        }
        var endResult = Lexemes.EndOfLine(result.Remainder);
        if (!endResult.WasSuccessful)
        {
            ReportSyntax(diagnostics, (LineInput)endResult.Remainder, TrailingExpectations(result.Value));
            return LabelOnly(label);
        }
        result.Value.Label = label;
        return result.Value;
    }

    private static Statement? LabelOnly(Name? label) =>
        label is null ? null : new LabelStatement(label.Value.Span) { Label = label };

    private static IEnumerable<string> TrailingExpectations(Statement statement) => statement switch
    {
        CommandStatement or ReadStatement => new[] { "','", "end of line" },
        DataStatement => new[] { "','", "end of line" },
        _ => new[] { "end of line" },
    };

    /// <summary>
    /// Finds where the code of a line ends (the comment start) and rejects lines holding control
    /// characters, unterminated strings or too-deep parentheses, which the grammar is never shown.
    /// </summary>
    private static int ScreenLine(string text, int lineStart, int lineEnd, int line, DiagnosticBag diagnostics, out bool rejected)
    {
        rejected = false;
        int depth = 0;
        for (int p = lineStart; p < lineEnd; p++)
        {
            char c = text[p];
            if (c == ';') return p;
            if (c == '/' && p + 1 < lineEnd && text[p + 1] == '/') return p;
            if (c == '"')
            {
                int close = FindStringEnd(text, p + 1, lineEnd);
                if (close < 0)
                {
                    diagnostics.Report(DiagnosticCatalog.UnterminatedString, SourceSpan.InLine(p, lineEnd - p, line, p - lineStart + 1));
                    rejected = true;
                    return lineEnd;
                }
                p = close;
                continue;
            }
            if (c == '\'' && p > lineStart && (text[p - 1] == 'X' || text[p - 1] == 'x'))
            {
                int close = text.IndexOf('\'', p + 1, lineEnd - p - 1);
                if (close >= 0) p = close;
                continue;
            }
            if (c == '(' && ++depth > MaximumNesting)
            {
                diagnostics.Report(DiagnosticCatalog.NestingTooDeep, SourceSpan.InLine(p, 1, line, p - lineStart + 1), MaximumNesting);
                rejected = true;
                return lineEnd;
            }
            if (c == ')') depth--;
            if ((c < ' ' && c != '\t') || (c > '~' && c != '\u2192'))
            {
                diagnostics.Report(DiagnosticCatalog.InvalidCharacter, SourceSpan.InLine(p, 1, line, p - lineStart + 1), (int)c);
                rejected = true;
                return lineEnd;
            }
        }
        return lineEnd;
    }

    private static int FindStringEnd(string text, int p, int lineEnd)
    {
        for (; p < lineEnd; p++)
        {
            if (text[p] == '\\' && p + 1 < lineEnd) p++;
            else if (text[p] == '"') return p;
        }
        return -1;
    }

    private static void ReportSyntax(DiagnosticBag diagnostics, LineInput at, IEnumerable<string> expectations)
    {
        var where = Lexemes.SkipBlanks(at);
        int end = where.Position;
        string found;
        if (where.AtEnd)
        {
            found = "end of line";
        }
        else
        {
            if (Lexemes.IsNamePart(where.Current))
            {
                while (end < where.End && Lexemes.IsNamePart(where.Source[end])) end++;
            }
            else
            {
                end++;
            }
            found = "'" + where.Source.Substring(where.Position, end - where.Position) + "'";
        }
        diagnostics.Report(DiagnosticCatalog.UnexpectedInput, where.SpanTo(end), JoinExpectations(expectations), found);
    }

    private static string JoinExpectations(IEnumerable<string> expectations)
    {
        var unique = new List<string>();
        foreach (var e in expectations)
        {
            if (!unique.Contains(e)) unique.Add(e);
        }
        if (unique.Count == 0) return "a valid statement";
        var sb = new StringBuilder(unique[0]);
        for (int i = 1; i < unique.Count; i++) sb.Append(i == unique.Count - 1 ? " or " : ", ").Append(unique[i]);
        return sb.ToString();
    }
}
