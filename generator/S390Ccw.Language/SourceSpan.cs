namespace S390Ccw.Language;

/// <summary>
/// A range of source text: a 0-based character position and length, with the 1-based line and column
/// of its start and of its end (exclusive). Statements are line-oriented, so a span never crosses a line
/// unless it comes from a multi-line construct; EndLine equals Line for every span the parser makes.
/// </summary>
public readonly record struct SourceSpan(int Position, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span inside one line.</summary>
    public static SourceSpan InLine(int position, int length, int line, int column) =>
        new(position, length, line, column, line, column + length);

    /// <summary>The span of nothing at the start of the text (used for whole-input diagnostics).</summary>
    public static SourceSpan Start => new(0, 0, 1, 1, 1, 1);

    public int End => Position + Length;

    public override string ToString() => $"({Line},{Column})-({EndLine},{EndColumn})";
}
