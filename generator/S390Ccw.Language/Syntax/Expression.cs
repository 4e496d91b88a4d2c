namespace S390Ccw.Language.Syntax;

/// <summary>An operand expression: numbers, labels, '*', unary and binary + and -.</summary>
internal abstract class Expression
{
    protected Expression(SourceSpan span)
    {
        Span = span;
    }

    public SourceSpan Span { get; }
}
