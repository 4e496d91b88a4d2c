namespace S390Ccw.Language.Syntax;

/// <summary><c>ebcdic "…"</c> or <c>ascii "…"</c>: one byte per character.</summary>
internal sealed class TextStatement : Statement
{
    public TextStatement(TextEncodingKind encoding, StringLiteral text, SourceSpan span)
        : base(span)
    {
        Encoding = encoding;
        Text = text;
    }

    public TextEncodingKind Encoding { get; }

    public StringLiteral Text { get; }

    public override string Keyword => Encoding == TextEncodingKind.Ebcdic ? "ebcdic" : "ascii";
}
