using System;
using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Parsing;

namespace S390Ccw.Language.Editing;

/// <summary>
/// What an editor needs to know about the words of a .ccw text: its definitions (programs, labels,
/// volumes, records), the uses of labels and program names, and the class of each word the syntax tree
/// knows. Built from the one parser (<see cref="LineParser"/>), so an editor never parses on its own; it
/// never throws, and a line that does not parse contributes only what parsed (its label).
/// </summary>
public sealed class SourceIndex
{
    private SourceIndex(IReadOnlyList<SourceSymbol> symbols, IReadOnlyList<SourceReference> references, IReadOnlyList<SourceToken> tokens, IReadOnlyList<LengthOperand> lengths)
    {
        Symbols = symbols;
        References = references;
        Tokens = tokens;
        Lengths = lengths;
    }

    /// <summary>Every definition, in source order.</summary>
    public IReadOnlyList<SourceSymbol> Symbols { get; }

    /// <summary>Every use of a label or a program name, in source order.</summary>
    public IReadOnlyList<SourceReference> References { get; }

    /// <summary>Classified words in source order, none overlapping.</summary>
    public IReadOnlyList<SourceToken> Tokens { get; }

    /// <summary>The <c>len N</c> operands of commands and high-level READs, in source order.</summary>
    public IReadOnlyList<LengthOperand> Lengths { get; }

    /// <summary>The span of N in the <c>len N</c> of the statement at <paramref name="statement"/>, if it has one.</summary>
    public SourceSpan? LengthOf(SourceSpan statement)
    {
        foreach (var length in Lengths)
        {
            if (length.Statement.Position == statement.Position) return length.Value;
        }
        return null;
    }

    /// <summary>Parses <paramref name="text"/> on its own; <see cref="EditorAssembly"/> indexes the parse it assembles instead.</summary>
    public static SourceIndex Build(string text)
    {
        try
        {
            return From(LineParser.Parse(text ?? string.Empty, new DiagnosticBag(null)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of the parser is the assembler's to report (CCW0099); an editor just has nothing to index.
            return Empty;
        }
    }

    internal static SourceIndex Empty { get; } = new(Array.Empty<SourceSymbol>(), Array.Empty<SourceReference>(), Array.Empty<SourceToken>(), Array.Empty<LengthOperand>());

    internal static SourceIndex From(ParsedFile parsed)
    {
        var builder = new SourceIndexBuilder(parsed.Text);
        foreach (var statement in parsed.Statements) builder.Add(statement);
        return new SourceIndex(builder.Symbols, builder.References, builder.SortedTokens(), builder.Lengths);
    }

    /// <summary>The label or program called <paramref name="name"/> (case-sensitive, as the binder looks names up).</summary>
    public SourceSymbol? FindDefinition(string name)
    {
        foreach (var symbol in Symbols)
        {
            if ((symbol.Kind == SourceSymbolKind.Label || symbol.Kind == SourceSymbolKind.Program) && symbol.Name == name) return symbol;
        }
        return null;
    }

    public IEnumerable<SourceReference> ReferencesTo(string name)
    {
        foreach (var reference in References)
        {
            if (reference.Name == name) yield return reference;
        }
    }

    /// <summary>
    /// The label or program name written at <paramref name="position"/> (a definition or a use), with its
    /// span; null when the position is on no such name. The end of a name counts as on it, as a caret does.
    /// </summary>
    public SourceReference? NameAt(int position)
    {
        foreach (var symbol in Symbols)
        {
            if ((symbol.Kind == SourceSymbolKind.Label || symbol.Kind == SourceSymbolKind.Program) && Contains(symbol.NameSpan, position))
                return new SourceReference(symbol.Name, symbol.NameSpan);
        }
        foreach (var reference in References)
        {
            if (Contains(reference.Span, position)) return reference;
        }
        return null;
    }

    /// <summary>The classified word at <paramref name="position"/>, if any.</summary>
    public SourceToken? TokenAt(int position)
    {
        int low = 0, high = Tokens.Count - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            var span = Tokens[middle].Span;
            if (Contains(span, position)) return Tokens[middle];
            if (span.Position > position) high = middle - 1;
            else low = middle + 1;
        }
        return null;
    }

    private static bool Contains(SourceSpan span, int position) => position >= span.Position && position <= span.End;

    internal static int CompareByPosition(SourceToken a, SourceToken b) => a.Span.Position.CompareTo(b.Span.Position);
}

