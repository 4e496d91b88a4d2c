using S390Ccw.Language.Syntax;
using Sprache;

namespace S390Ccw.Language.Parsing;

/// <summary>
/// <c>record C H R [key CONTENT] data CONTENT</c> where CONTENT is <c>program NAME</c>,
/// <c>file "path"</c>, or a data directive: <c>psw E</c>, <c>ebcdic "…"</c>, <c>ascii "…"</c>,
/// <c>space N</c>, or <c>[byte|half|word|dword] e1, e2, …</c>.
/// </summary>
internal static class RecordGrammar
{
    private static readonly string[] ContentExpectations =
    {
        "'program'", "'file'", "'psw'", "'ebcdic'", "'ascii'", "'space'", "'byte'", "'half'", "'word'", "'dword'", "an expression",
    };

    private static readonly Parser<Name> Key = Lexemes.Keyword("key");
    private static readonly Parser<Name> DataWord = Lexemes.Keyword("data");

    public static IResult<Statement> Record(LineInput input, SourceSpan span)
    {
        var c = ExpressionGrammar.Expression(input);
        if (!c.WasSuccessful) return Expect(c, "the cylinder number");
        var h = ExpressionGrammar.Expression(c.Remainder);
        if (!h.WasSuccessful) return Expect(h, "the head number");
        var r = ExpressionGrammar.Expression(h.Remainder);
        if (!r.WasSuccessful) return Expect(r, "the record number");
        IInput rest = r.Remainder;
        RecordContent? key = null;
        var keyWord = Key(rest);
        if (keyWord.WasSuccessful)
        {
            var k = Content(keyWord.Remainder);
            if (!k.WasSuccessful) return StatementGrammar.Fail(k);
            key = k.Value;
            rest = k.Remainder;
        }
        var dataWord = DataWord(rest);
        if (!dataWord.WasSuccessful)
            return Result.Failure<Statement>(dataWord.Remainder, dataWord.Message, key is null ? new[] { "'key'", "'data'" } : new[] { "'data'" });
        var d = Content(dataWord.Remainder);
        if (!d.WasSuccessful) return StatementGrammar.Fail(d);
        return Result.Success<Statement>(new RecordStatement(c.Value, h.Value, r.Value, key, d.Value, span), d.Remainder);
    }

    private static IResult<RecordContent> Content(IInput input)
    {
        var start = Lexemes.SkipBlanks(input);
        var word = Lexemes.Identifier(start);
        if (word.WasSuccessful)
        {
            var rest = (LineInput)word.Remainder;
            var directiveSpan = SourceSpan.InLine(start.Position, start.End - start.Position, start.Line, start.Column);
            switch (word.Value.Text.ToLowerInvariant())
            {
                case "program":
                    var name = Lexemes.Identifier(rest);
                    if (!name.WasSuccessful) return Result.Failure<RecordContent>(name.Remainder, name.Message, new[] { "a program name" });
                    return Result.Success(RecordContent.FromProgram(name.Value, start.SpanTo(name.Value.Span.End)), name.Remainder);
                case "file":
                    var path = Lexemes.String(rest);
                    if (!path.WasSuccessful) return Result.Failure<RecordContent>(path.Remainder, path.Message, new[] { "a quoted file path" });
                    return Result.Success(RecordContent.FromFile(path.Value, start.SpanTo(path.Value.Span.End)), path.Remainder);
                case "psw":
                    return Directive(StatementGrammar.Psw(rest, directiveSpan));
                case "ebcdic":
                    return Directive(StatementGrammar.Text(rest, TextEncodingKind.Ebcdic, directiveSpan));
                case "ascii":
                    return Directive(StatementGrammar.Text(rest, TextEncodingKind.Ascii, directiveSpan));
                case "space":
                    return Directive(StatementGrammar.Space(rest, directiveSpan));
            }
        }
        var data = StatementGrammar.Data(start, SourceSpan.InLine(start.Position, start.End - start.Position, start.Line, start.Column));
        if (!data.WasSuccessful) return Result.Failure<RecordContent>(data.Remainder, data.Message, ContentExpectations);
        return Directive(data);
    }

    private static IResult<RecordContent> Directive(IResult<Statement> parsed) =>
        parsed.WasSuccessful
            ? Result.Success(RecordContent.FromDirective(parsed.Value), parsed.Remainder)
            : Result.Failure<RecordContent>(parsed.Remainder, parsed.Message, parsed.Expectations);

    private static IResult<Statement> Expect<T>(IResult<T> failed, string what) =>
        Result.Failure<Statement>(failed.Remainder, failed.Message, new[] { what });
}
