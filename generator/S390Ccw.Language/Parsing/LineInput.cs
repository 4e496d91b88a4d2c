using System;
using System.Collections.Generic;
using Sprache;

namespace S390Ccw.Language.Parsing;

/// <summary>
/// Sprache input over the code of one line. Positions are absolute in the whole text, so spans need no
/// translation; the input ends where the line's code ends (comments already cut off). Unlike Sprache's
/// own Input it creates its memo dictionary only on demand and can jump ahead several characters at once
/// (Sprache allocates a dictionary on every Advance and hashes the whole source: Sprache src/Sprache/Input.cs (Advance allocates; GetHashCode hashes the source)).
/// </summary>
internal sealed class LineInput : IInput
{
    private readonly int _lineStart;
    private IDictionary<object, object>? _memos;

    public LineInput(string source, int position, int end, int line, int lineStart)
    {
        Source = source;
        Position = position;
        End = end;
        Line = line;
        _lineStart = lineStart;
    }

    public string Source { get; }

    public int Position { get; }

    /// <summary>Absolute position just past the line's code.</summary>
    public int End { get; }

    public int Line { get; }

    public int Column => Position - _lineStart + 1;

    public bool AtEnd => Position >= End;

    public char Current => Source[Position];

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("Cannot advance past the end of the line.");
        return new LineInput(Source, Position + 1, End, Line, _lineStart);
    }

    public LineInput At(int position) =>
        position == Position ? this : new LineInput(Source, position, End, Line, _lineStart);

    /// <summary>The span from this position to <paramref name="end"/> (absolute, exclusive).</summary>
    public SourceSpan SpanTo(int end) =>
        SourceSpan.InLine(Position, end - Position, Line, Position - _lineStart + 1);

    public bool Equals(IInput? other) =>
        other is LineInput o && ReferenceEquals(o.Source, Source) && o.Position == Position && o.End == End;

    public override bool Equals(object? obj) => obj is IInput i && Equals(i);

    public override int GetHashCode() => Position;

    public override string ToString() => $"Line {Line}, Column {Column}";
}
