namespace S390Ccw.Language.Syntax;

/// <summary><c>space N</c>: N zero bytes (a buffer).</summary>
internal sealed class SpaceStatement : Statement
{
    public SpaceStatement(Expression size, SourceSpan span)
        : base(span)
    {
        Size = size;
    }

    public Expression Size { get; }

    public override string Keyword => "space";
}
