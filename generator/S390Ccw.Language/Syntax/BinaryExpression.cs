namespace S390Ccw.Language.Syntax;

/// <summary>left + right or left - right.</summary>
internal sealed class BinaryExpression : Expression
{
    public BinaryExpression(Expression left, bool subtract, Expression right, SourceSpan span)
        : base(span)
    {
        Left = left;
        Subtract = subtract;
        Right = right;
    }

    public Expression Left { get; }

    public bool Subtract { get; }

    public Expression Right { get; }
}
