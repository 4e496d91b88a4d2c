namespace S390Ccw.Language.Syntax;

/// <summary>A line holding only a label (or a label whose statement failed to parse).</summary>
internal sealed class LabelStatement : Statement
{
    public LabelStatement(SourceSpan span)
        : base(span)
    {
    }

    public override string Keyword => "label";
}
