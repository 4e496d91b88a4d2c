using System;
using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Syntax;
using Sprache;

namespace S390Ccw.Language.Parsing;

/// <summary>
/// The operand grammar of each statement kind, applied to the input after the statement's first word.
/// The first word itself is looked up by <see cref="LineParser"/>, so no alternative is ever re-parsed.
/// </summary>
internal static class StatementGrammar
{
    private static readonly Parser<CcwFormat> Format =
        Lexemes.Keyword("format0").Return(CcwFormat.Format0).Or(Lexemes.Keyword("format1").Return(CcwFormat.Format1));

    private static readonly Parser<(Name Name, CcwFormat Format, Expression Origin)> ProgramOperands =
        from name in Lexemes.Identifier
        from format in Format
        from at in Lexemes.Keyword("at")
        from origin in ExpressionGrammar.Expression
        select (name, format, origin);

    /// <summary>A run of letters and digits (a VOLSER may start with a digit).</summary>
    private static readonly Parser<Name> Word = input =>
    {
        var li = Lexemes.SkipBlanks(input);
        int p = li.Position;
        while (p < li.End && Lexemes.IsNamePart(li.Source[p])) p++;
        if (p == li.Position) return Result.Failure<Name>(li, "word expected", new[] { "a volume serial" });
        return Result.Success(new Name(li.Source.Substring(li.Position, p - li.Position), li.SpanTo(p)), li.At(p));
    };

    private static readonly Parser<Name> Device3390 = input =>
    {
        var r = Word(input);
        if (r.WasSuccessful && r.Value.Text == "3390") return r;
        return Result.Failure<Name>(Lexemes.SkipBlanks(input), "3390 expected", new[] { "'3390'" });
    };

    private static readonly Parser<(Expression? Model, Expression? Cylinders)> Geometry =
        Lexemes.Keyword("model").Then(_ => ExpressionGrammar.Expression).Select(m => ((Expression?)m, (Expression?)null))
            .Or(Lexemes.Keyword("cylinders").Then(_ => ExpressionGrammar.Expression).Select(c => ((Expression?)null, (Expression?)c)));

    private static readonly Parser<(Name Volser, (Expression? Model, Expression? Cylinders) Geometry)> VolumeOperands =
        from volser in Word
        from device in Device3390
        from geometry in Geometry.Optional()
        select (volser, geometry.IsDefined ? geometry.Get() : ((Expression?)null, (Expression?)null));

    private static readonly Parser<DataWidth> Width =
        Lexemes.Keyword("byte").Return(DataWidth.Byte)
            .Or(Lexemes.Keyword("half").Return(DataWidth.Half))
            .Or(Lexemes.Keyword("word").Return(DataWidth.Word))
            .Or(Lexemes.Keyword("dword").Return(DataWidth.Doubleword));

    /// <summary>
    /// Expressions separated by commas. The list ends where no comma follows, so a record key's list stops
    /// before the <c>data</c> keyword; a comma must be followed by an expression.
    /// </summary>
    private static readonly Parser<IEnumerable<Expression>> Items = input =>
    {
        var first = ExpressionGrammar.Expression(input);
        if (!first.WasSuccessful) return Result.Failure<IEnumerable<Expression>>(first.Remainder, first.Message, first.Expectations);
        var items = new List<Expression> { first.Value };
        var rest = first.Remainder;
        while (true)
        {
            var comma = Lexemes.Punct(",")(rest);
            if (!comma.WasSuccessful) return Result.Success<IEnumerable<Expression>>(items, rest);
            var next = ExpressionGrammar.Expression(comma.Remainder);
            if (!next.WasSuccessful) return Result.Failure<IEnumerable<Expression>>(next.Remainder, next.Message, next.Expectations);
            items.Add(next.Value);
            rest = next.Remainder;
        }
    };

    private static readonly Parser<(Name, int, int)> VtocClause =
        from keyword in Lexemes.Keyword("vtoc")
        from cylinder in Prefixed("cyl")
        from head in Prefixed("trk")
        select (keyword, cylinder, head);

    private static readonly Parser<(Name Ipl1, Name Ipl2, (Name, int, int)? Vtoc)> Track0Operands =
        from track in Lexemes.Keyword("track0")
        from k1 in Lexemes.Keyword("ipl1")
        from e1 in Lexemes.Punct("=")
        from ipl1 in Lexemes.Identifier
        from k2 in Lexemes.Keyword("ipl2")
        from e2 in Lexemes.Punct("=")
        from ipl2 in Lexemes.Identifier
        from vtoc in VtocClause.Optional()
        select (ipl1, ipl2, vtoc.IsDefined ? vtoc.Get() : ((Name, int, int)?)null);

    private static readonly Parser<SourceSpan> Comma = Lexemes.Punct(",");
    private static readonly Parser<Name> Next = Lexemes.Keyword("next");
    private static readonly Parser<int> Cyl = Prefixed("cyl");
    private static readonly Parser<int> Trk = Prefixed("trk");
    private static readonly Parser<int> Rec = Prefixed("rec");

    public static IResult<Statement> Program(LineInput input, SourceSpan span) =>
        ProgramOperands.Select(o => (Statement)new ProgramStatement(o.Name, o.Format, o.Origin, span))(input);

    public static IResult<Statement> Volume(LineInput input, SourceSpan span) =>
        VolumeOperands.Select(o => (Statement)new VolumeStatement(o.Volser, o.Geometry.Model, o.Geometry.Cylinders, span))(input);

    public static IResult<Statement> StandardTrack0(LineInput input, SourceSpan span) =>
        Track0Operands.Select(o => (Statement)new StandardTrack0Statement(o.Ipl1, o.Ipl2, o.Vtoc, span))(input);

    public static IResult<Statement> Psw(LineInput input, SourceSpan span) =>
        ExpressionGrammar.Expression.Select(e => (Statement)new PswStatement(e, span))(input);

    public static IResult<Statement> Align(LineInput input, SourceSpan span) =>
        ExpressionGrammar.Expression.Select(e => (Statement)new AlignStatement(e, span))(input);

    public static IResult<Statement> Space(LineInput input, SourceSpan span) =>
        ExpressionGrammar.Expression.Select(e => (Statement)new SpaceStatement(e, span))(input);

    public static IResult<Statement> Text(LineInput input, TextEncodingKind encoding, SourceSpan span) =>
        Lexemes.String.Select(s => (Statement)new TextStatement(encoding, s, span))(input);

    public static IResult<Statement> Data(LineInput input, SourceSpan span)
    {
        var width = Width(input);
        var rest = width.WasSuccessful ? width.Remainder : input;
        var items = Items(rest);
        if (!items.WasSuccessful) return Result.Failure<Statement>(items.Remainder, items.Message, items.Expectations);
        return Result.Success<Statement>(
            new DataStatement(width.WasSuccessful ? width.Value : DataWidth.Byte, new List<Expression>(items.Value), span),
            items.Remainder);
    }

    public static IResult<Statement> Command(LineInput input, Name mnemonic, CommandInfo info, SourceSpan span) =>
        OperandGrammar.Operands.Select(o => (Statement)new CommandStatement(mnemonic, info, o, span))(input);

    /// <summary><c>CCW cmd, address, flags, count</c>.</summary>
    public static IResult<Statement> RawCcw(LineInput input, SourceSpan span)
    {
        var comma = Comma;
        var command = ExpressionGrammar.Expression(input);
        if (!command.WasSuccessful) return Fail(command);
        var c1 = comma(command.Remainder);
        if (!c1.WasSuccessful) return Fail(c1);
        var address = ExpressionGrammar.Expression(c1.Remainder);
        if (!address.WasSuccessful) return Fail(address);
        var c2 = comma(address.Remainder);
        if (!c2.WasSuccessful) return Fail(c2);
        var flagsStart = Lexemes.SkipBlanks(c2.Remainder);
        Expression? flagsValue = null;
        IReadOnlyList<FlagOperand>? flagNames = null;
        IInput afterFlags;
        var word = Lexemes.Identifier(flagsStart);
        if (word.WasSuccessful && OperandGrammar.IsFlagName(word.Value.Text))
        {
            var list = OperandGrammar.FlagList(flagsStart);
            if (!list.WasSuccessful) return Fail(list);
            flagNames = list.Value;
            afterFlags = list.Remainder;
        }
        else
        {
            var value = ExpressionGrammar.Expression(flagsStart);
            if (!value.WasSuccessful) return Result.Failure<Statement>(value.Remainder, value.Message, new[] { "flags (names joined by '|' or a number)" });
            flagsValue = value.Value;
            afterFlags = value.Remainder;
        }
        var flagsSpan = flagsStart.SpanTo(((LineInput)afterFlags).Position);
        var c3 = comma(afterFlags);
        if (!c3.WasSuccessful) return Fail(c3);
        var count = ExpressionGrammar.Expression(c3.Remainder);
        if (!count.WasSuccessful) return Fail(count);
        return Result.Success<Statement>(
            new RawCcwStatement(command.Value, address.Value, flagsValue, flagNames, flagsSpan, count.Value, span), count.Remainder);
    }

    /// <summary><c>READ cylC trkH recR → address, …</c> or <c>READ next → address, …</c>.</summary>
    public static IResult<Statement> Read(LineInput input, SourceSpan span)
    {
        var start = Lexemes.SkipBlanks(input);
        Cchhr? record = null;
        IInput rest;
        var next = Next(start);
        if (next.WasSuccessful)
        {
            rest = next.Remainder;
        }
        else
        {
            var cyl = Cyl(start);
            if (!cyl.WasSuccessful)
                return Result.Failure<Statement>(start, "record expected", new[] { "'next'", "'cyl'" });
            var trk = Trk(cyl.Remainder);
            if (!trk.WasSuccessful) return Fail(trk);
            var rec = Rec(trk.Remainder);
            if (!rec.WasSuccessful) return Fail(rec);
            record = new Cchhr(cyl.Value, trk.Value, rec.Value);
            rest = rec.Remainder;
        }
        var recordSpan = start.SpanTo(((LineInput)rest).Position);
        var arrow = Lexemes.Arrow(rest);
        if (!arrow.WasSuccessful) return Fail(arrow);
        var destination = ExpressionGrammar.Expression(arrow.Remainder);
        if (!destination.WasSuccessful) return Result.Failure<Statement>(destination.Remainder, destination.Message, new[] { "the destination address" });
        var tail = OperandGrammar.Tail(destination.Remainder);
        if (!tail.WasSuccessful) return Fail(tail);
        return Result.Success<Statement>(new ReadStatement(record, recordSpan, destination.Value, tail.Value, span), tail.Remainder);
    }

    /// <summary>A keyword glued to or followed by a number: <c>cyl0</c>, <c>cyl 0</c>, <c>rec0x1F</c>. The number is at most 65535.</summary>
    private static Parser<int> Prefixed(string prefix)
    {
        string expectation = "'" + prefix + "N'";
        return input =>
        {
            var li = Lexemes.SkipBlanks(input);
            int p = li.Position;
            if (li.End - p < prefix.Length
                || string.Compare(li.Source, p, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return Result.Failure<int>(li, expectation + " expected", new[] { expectation });
            }
            var afterPrefix = li.At(p + prefix.Length);
            if (!afterPrefix.AtEnd && Lexemes.IsNameStart(afterPrefix.Current))
                return Result.Failure<int>(li, expectation + " expected", new[] { expectation });
            var number = Lexemes.Number(afterPrefix);
            if (!number.WasSuccessful) return Result.Failure<int>(number.Remainder, "number expected", new[] { "a number after '" + prefix + "'" });
            if (!number.Value.IsValid || number.Value.Value > 65535)
                return Result.Failure<int>(Lexemes.SkipBlanks(afterPrefix), "number expected", new[] { "a number from 0 to 65535 after '" + prefix + "'" });
            return Result.Success((int)number.Value.Value, number.Remainder);
        };
    }

    internal static IResult<Statement> Fail<T>(IResult<T> failed) =>
        Result.Failure<Statement>(failed.Remainder, failed.Message, failed.Expectations);
}
