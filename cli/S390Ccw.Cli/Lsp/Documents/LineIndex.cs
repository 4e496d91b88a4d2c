using System;
using System.Collections.Generic;
using S390Ccw.Cli.Lsp.Protocol;
using S390Ccw.Language;

namespace S390Ccw.Cli.Lsp.Documents;

/// <summary>
/// Maps between string offsets and LSP positions. LSP counts characters in UTF-16 code units, as .NET
/// strings do, so a character offset within a line is the position's character. Lines end at '\n'
/// (a '\r' before it belongs to the line ending), as the parser splits them.
/// </summary>
internal sealed class LineIndex
{
    private readonly int[] _starts;
    private readonly int _length;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        _starts = starts.ToArray();
        _length = text.Length;
    }

    public int LineCount => _starts.Length;

    public int LineStart(int line) => _starts[Math.Clamp(line, 0, _starts.Length - 1)];

    /// <summary>The offset of a position; positions past a line's end or the text's end are clamped, as the specification asks.</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _starts.Length) return _length;
        int start = _starts[position.Line];
        int lineEnd = position.Line + 1 < _starts.Length ? _starts[position.Line + 1] - 1 : _length;
        return start + Math.Clamp(position.Character, 0, lineEnd - start);
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        int line = Array.BinarySearch(_starts, offset);
        if (line < 0) line = ~line - 1;
        return new Position(line, offset - _starts[line]);
    }

    public Protocol.Range RangeOf(SourceSpan span) => new(PositionOf(span.Position), PositionOf(span.End));
}
