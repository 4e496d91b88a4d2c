namespace S390Ccw.Language.Syntax;

/// <summary><c>align N</c>: zero bytes up to the next multiple of N.</summary>
internal sealed class AlignStatement : Statement
{
    public AlignStatement(Expression boundary, SourceSpan span)
        : base(span)
    {
        Boundary = boundary;
    }

    public Expression Boundary { get; }

    public override string Keyword => "align";
}
