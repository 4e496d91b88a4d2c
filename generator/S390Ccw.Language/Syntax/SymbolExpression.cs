namespace S390Ccw.Language.Syntax;

/// <summary>A reference to a label or a program name.</summary>
internal sealed class SymbolExpression : Expression
{
    public SymbolExpression(string name, SourceSpan span)
        : base(span)
    {
        Name = name;
    }

    public string Name { get; }
}
