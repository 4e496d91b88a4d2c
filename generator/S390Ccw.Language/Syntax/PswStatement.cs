namespace S390Ccw.Language.Syntax;

/// <summary><c>psw VALUE</c>: an 8-byte ESA/390-format PSW (s390.md §6.2), bit 12 checked.</summary>
internal sealed class PswStatement : Statement
{
    public PswStatement(Expression value, SourceSpan span)
        : base(span)
    {
        Value = value;
    }

    public Expression Value { get; }

    public override string Keyword => "psw";
}
