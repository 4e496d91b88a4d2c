using System;
using System.Collections.Generic;
using S390Ccw.Language.Syntax;
using Sprache;

namespace S390Ccw.Language.Parsing;

/// <summary>
/// expression := unary { ('+' | '-') unary }; unary := { '+' | '-' } primary;
/// primary := number | '*' | label | '(' expression ')'. Sums are folded in a loop and signs are
/// counted, so only parentheses recurse; their depth is bounded before parsing (LineParser).
/// </summary>
internal static class ExpressionGrammar
{
    /// <summary>Words that are operands of their own and never label references.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CC", "CD", "SLI", "SKIP", "PCI", "IDA", "S", "MIDA", "len",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    private static readonly Parser<Expression> Location =
        Lexemes.Punct("*").Select(span => (Expression)new LocationExpression(span));

    private static readonly Parser<Expression> Symbol = input =>
    {
        var r = Lexemes.Identifier(input);
        if (!r.WasSuccessful) return Result.Failure<Expression>(r.Remainder, r.Message, r.Expectations);
        if (IsReserved(r.Value.Text)) return Result.Failure<Expression>(Lexemes.SkipBlanks(input), "expression expected", new[] { "an expression" });
        return Result.Success<Expression>(new SymbolExpression(r.Value.Text, r.Value.Span), r.Remainder);
    };

    private static readonly Parser<Expression> Parenthesized =
        from open in Lexemes.Punct("(")
        from inner in ExpressionRef
        from close in Lexemes.Punct(")")
        select inner;

    private static readonly Parser<Expression> Primary =
        Lexemes.Number.Select(n => (Expression)n)
            .Or(Location)
            .Or(Symbol)
            .Or(Parenthesized)
            .Named("an expression");

    private static readonly Parser<Expression> Unary = input =>
    {
        var li = Lexemes.SkipBlanks(input);
        var start = li;
        bool negate = false;
        bool signed = false;
        while (!li.AtEnd && (li.Current == '-' || li.Current == '+') && !(li.Current == '-' && li.Position + 1 < li.End && li.Source[li.Position + 1] == '>'))
        {
            if (li.Current == '-') negate = !negate;
            signed = true;
            li = Lexemes.SkipBlanks(li.At(li.Position + 1));
        }
        var operand = Primary(li);
        if (!operand.WasSuccessful || !signed) return operand;
        var end = (LineInput)operand.Remainder;
        return Result.Success<Expression>(new UnaryExpression(negate, operand.Value, start.SpanTo(operand.Value.Span.End)), end);
    };

    /// <summary>A full expression.</summary>
    public static readonly Parser<Expression> Expression = input =>
    {
        var first = Unary(input);
        if (!first.WasSuccessful) return first;
        var value = first.Value;
        var rest = (LineInput)first.Remainder;
        while (true)
        {
            var li = Lexemes.SkipBlanks(rest);
            if (li.AtEnd) break;
            char c = li.Current;
            if (c != '+' && c != '-') break;
            if (c == '-' && li.Position + 1 < li.End && li.Source[li.Position + 1] == '>') break; // the '->' arrow
            var right = Unary(li.At(li.Position + 1));
            if (!right.WasSuccessful) return Result.Failure<Expression>(right.Remainder, right.Message, right.Expectations);
            var startSpan = value.Span;
            value = new BinaryExpression(value, c == '-', right.Value,
                SourceSpan.InLine(startSpan.Position, right.Value.Span.End - startSpan.Position, startSpan.Line, startSpan.Column));
            rest = (LineInput)right.Remainder;
        }
        return Result.Success(value, rest);
    };

    private static Parser<Expression> ExpressionRef => input => Expression(input);
}
