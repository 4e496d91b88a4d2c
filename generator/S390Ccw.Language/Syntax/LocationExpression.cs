namespace S390Ccw.Language.Syntax;

/// <summary>'*': the address of the statement it appears in (HLASM's location counter).</summary>
internal sealed class LocationExpression : Expression
{
    public LocationExpression(SourceSpan span)
        : base(span)
    {
    }
}
