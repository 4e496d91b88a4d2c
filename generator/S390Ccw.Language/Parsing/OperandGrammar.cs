using System;
using System.Collections.Generic;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Syntax;
using Sprache;

namespace S390Ccw.Language.Parsing;

/// <summary>
/// Command operands: <c>[address] { (',' | '|') (FLAG | len EXPR) }</c>. Flags may come in any order;
/// when the address is left out the first flag needs no separator (<c>NOP CC</c>).
/// </summary>
internal static class OperandGrammar
{
    private static readonly Dictionary<string, CcwFlags> FlagNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CD"] = CcwFlags.ChainData,
        ["CC"] = CcwFlags.ChainCommand,
        ["SLI"] = CcwFlags.SuppressLength,
        ["SKIP"] = CcwFlags.Skip,
        ["PCI"] = CcwFlags.ProgramControlledInterruption,
        ["IDA"] = CcwFlags.IndirectData,
        ["S"] = CcwFlags.Suspend,
        ["MIDA"] = CcwFlags.ModifiedIndirectData,
    };

    private static readonly string[] ItemExpectations = { "a flag (CC, CD, SLI, SKIP, PCI, IDA, S, MIDA)", "'len'" };
    private static readonly string[] AddressExpectations = { "an address", ItemExpectations[0], "'len'" };
    private static readonly string[] SeparatorExpectations = { "','", "'|'", "end of line" };

    /// <summary>The canonical names in flag-byte order (SA22-7832 ch. 15, CCW flags), for the disassembler.</summary>
    public static readonly (CcwFlags Flag, string Name)[] CanonicalOrder =
    {
        (CcwFlags.ChainData, "CD"), (CcwFlags.ChainCommand, "CC"), (CcwFlags.SuppressLength, "SLI"),
        (CcwFlags.Skip, "SKIP"), (CcwFlags.ProgramControlledInterruption, "PCI"), (CcwFlags.IndirectData, "IDA"),
        (CcwFlags.Suspend, "S"), (CcwFlags.ModifiedIndirectData, "MIDA"),
    };

    private static readonly Parser<SourceSpan> Bar = Lexemes.Punct("|");

    public static bool IsFlagName(string word) => FlagNames.ContainsKey(word);

    /// <summary>One flag name.</summary>
    public static readonly Parser<FlagOperand> Flag = input =>
    {
        var r = Lexemes.Identifier(input);
        if (r.WasSuccessful && FlagNames.TryGetValue(r.Value.Text, out var flag))
            return Result.Success(new FlagOperand(flag, r.Value.Text, r.Value.Span), r.Remainder);
        return Result.Failure<FlagOperand>(Lexemes.SkipBlanks(input), "flag expected", new[] { ItemExpectations[0] });
    };

    /// <summary>Flag names joined by '|' (the flags operand of the raw CCW form).</summary>
    public static readonly Parser<IReadOnlyList<FlagOperand>> FlagList = input =>
    {
        var first = Flag(input);
        if (!first.WasSuccessful) return Result.Failure<IReadOnlyList<FlagOperand>>(first.Remainder, first.Message, first.Expectations);
        var list = new List<FlagOperand> { first.Value };
        var rest = first.Remainder;
        while (true)
        {
            var bar = Bar(rest);
            if (!bar.WasSuccessful) break;
            var next = Flag(bar.Remainder);
            if (!next.WasSuccessful) return Result.Failure<IReadOnlyList<FlagOperand>>(next.Remainder, next.Message, next.Expectations);
            list.Add(next.Value);
            rest = next.Remainder;
        }
        return Result.Success<IReadOnlyList<FlagOperand>>(list, rest);
    };

    /// <summary>A full operand list, address optional.</summary>
    public static readonly Parser<OperandList> Operands = input => Parse(input, allowAddress: true);

    /// <summary>The flags and 'len' after a READ destination, each preceded by a separator.</summary>
    public static readonly Parser<OperandList> Tail = input => Parse(input, allowAddress: false);

    private static IResult<OperandList> Parse(IInput input, bool allowAddress)
    {
        var li = Lexemes.SkipBlanks(input);
        Expression? address = null;
        bool needSeparator = !allowAddress;
        if (allowAddress && !li.AtEnd && !StartsWithItem(li))
        {
            var a = ExpressionGrammar.Expression(li);
            if (!a.WasSuccessful)
                return Result.Failure<OperandList>(a.Remainder, a.Message, AddressExpectations);
            address = a.Value;
            li = (LineInput)a.Remainder;
            needSeparator = true;
        }
        var flags = new List<FlagOperand>();
        Expression? length = null;
        while (true)
        {
            li = Lexemes.SkipBlanks(li);
            if (li.AtEnd) break;
            if (needSeparator)
            {
                if (li.Current != ',' && li.Current != '|')
                    return Result.Failure<OperandList>(li, "separator expected", SeparatorExpectations);
                li = li.At(li.Position + 1);
            }
            needSeparator = true;
            var word = Lexemes.Identifier(li);
            if (word.WasSuccessful && string.Equals(word.Value.Text, "len", StringComparison.OrdinalIgnoreCase))
            {
                var n = ExpressionGrammar.Expression(word.Remainder);
                if (!n.WasSuccessful) return Result.Failure<OperandList>(n.Remainder, n.Message, new[] { "the count after 'len'" });
                length = n.Value;
                li = (LineInput)n.Remainder;
                continue;
            }
            var f = Flag(li);
            if (!f.WasSuccessful) return Result.Failure<OperandList>(Lexemes.SkipBlanks(li), f.Message, ItemExpectations);
            flags.Add(f.Value);
            li = (LineInput)f.Remainder;
        }
        return Result.Success(new OperandList(address, flags, length), li);
    }

    private static bool StartsWithItem(LineInput li)
    {
        var word = Lexemes.Identifier(li);
        return word.WasSuccessful
            && (FlagNames.ContainsKey(word.Value.Text) || string.Equals(word.Value.Text, "len", StringComparison.OrdinalIgnoreCase));
    }
}
