namespace S390Ccw.Language.Syntax;

/// <summary>
/// One line's statement. <see cref="Span"/> covers the statement from its first word to the end of its
/// code (label and comment excluded); <see cref="LineSpan"/> covers the whole source line for listings.
/// </summary>
internal abstract class Statement
{
    protected Statement(SourceSpan span)
    {
        Span = span;
    }

    public SourceSpan Span { get; }

    public Name? Label { get; set; }

    public SourceSpan LineSpan { get; set; }

    /// <summary>The word that names the statement kind, used in messages ("READ_DATA", "psw", …).</summary>
    public abstract string Keyword { get; }
}
