namespace S390Ccw.Language.Syntax;

/// <summary>A sign applied to an operand: -x or +x.</summary>
internal sealed class UnaryExpression : Expression
{
    public UnaryExpression(bool negate, Expression operand, SourceSpan span)
        : base(span)
    {
        Negate = negate;
        Operand = operand;
    }

    public bool Negate { get; }

    public Expression Operand { get; }
}
