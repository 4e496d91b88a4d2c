namespace S390Ccw.Language.Syntax;

/// <summary><c>psw VALUE</c>: an 8-byte ESA/390-format PSW (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)), bit 12 checked.</summary>
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
