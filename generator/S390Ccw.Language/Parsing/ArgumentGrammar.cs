using System;
using System.Collections.Generic;
using S390Ccw.Language.Syntax;
using Sprache;

namespace S390Ccw.Language.Parsing;

/// <summary>
/// <c>arg KIND field values …</c>: the named fields of the Seek, Search ID, Define Extent and Locate
/// Record parameter blocks, in any order, each followed by its fixed number of values.
/// </summary>
internal static class ArgumentGrammar
{
    /// <summary>Field name → how many expressions follow (0 for 'orient', which takes a word).</summary>
    private static readonly Dictionary<ArgumentKind, Dictionary<string, int>> Fields = new()
    {
        [ArgumentKind.Seek] = Table(("cyl", 1), ("head", 1)),
        [ArgumentKind.Search] = Table(("cyl", 1), ("head", 1), ("rec", 1)),
        [ArgumentKind.DefineExtent] = Table(("mask", 1), ("attributes", 1), ("blksize", 1), ("begin", 2), ("end", 2)),
        [ArgumentKind.LocateRecord] = Table(("orient", 0), ("op", 1), ("aux", 1), ("count", 1), ("seek", 2), ("search", 3), ("sector", 1), ("tlf", 1)),
    };

    private static readonly Dictionary<string, ArgumentKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["seek"] = ArgumentKind.Seek,
        ["search"] = ArgumentKind.Search,
        ["define_extent"] = ArgumentKind.DefineExtent,
        ["locate_record"] = ArgumentKind.LocateRecord,
    };

    /// <summary>Orientation words of Locate Record byte 0 bits 0-1 (GA32-0274, "Locate Record"; Hercules ckddasd.c).</summary>
    public static readonly Dictionary<string, int> Orientations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = 0, ["home"] = 1, ["data"] = 2, ["index"] = 3,
    };

    public static IResult<Statement> Argument(LineInput input, SourceSpan span)
    {
        var kindWord = Lexemes.Identifier(input);
        if (!kindWord.WasSuccessful || !Kinds.TryGetValue(kindWord.Value.Text, out var kind))
            return Result.Failure<Statement>(Lexemes.SkipBlanks(input), "argument kind expected", new[] { "'seek'", "'search'", "'define_extent'", "'locate_record'" });
        var table = Fields[kind];
        var fields = new List<ArgumentField>();
        var rest = (LineInput)kindWord.Remainder;
        while (true)
        {
            var li = Lexemes.SkipBlanks(rest);
            if (li.AtEnd) break;
            var name = Lexemes.Identifier(li);
            if (!name.WasSuccessful || !table.TryGetValue(name.Value.Text.ToLowerInvariant(), out int arity))
                return Result.Failure<Statement>(li, "field expected", Expectations(table));
            rest = (LineInput)name.Remainder;
            Name? word = null;
            var values = new List<Expression>(arity);
            if (arity == 0)
            {
                var w = Lexemes.Identifier(rest);
                if (!w.WasSuccessful || !Orientations.ContainsKey(w.Value.Text))
                    return Result.Failure<Statement>(Lexemes.SkipBlanks(rest), "orientation expected", new[] { "'count'", "'home'", "'data'", "'index'" });
                word = w.Value;
                rest = (LineInput)w.Remainder;
            }
            for (int i = 0; i < arity; i++)
            {
                var e = ExpressionGrammar.Expression(rest);
                if (!e.WasSuccessful) return Result.Failure<Statement>(e.Remainder, e.Message, new[] { "a value for '" + name.Value.Text + "'" });
                values.Add(e.Value);
                rest = (LineInput)e.Remainder;
            }
            fields.Add(new ArgumentField(name.Value, values, word));
        }
        return Result.Success<Statement>(new ArgumentBlockStatement(kind, fields, span), rest);
    }

    private static string[] Expectations(Dictionary<string, int> table)
    {
        var list = new List<string>();
        foreach (var key in table.Keys) list.Add("'" + key + "'");
        list.Add("end of line");
        return list.ToArray();
    }

    private static Dictionary<string, int> Table(params (string Name, int Arity)[] rows)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, arity) in rows) map.Add(name, arity);
        return map;
    }
}
