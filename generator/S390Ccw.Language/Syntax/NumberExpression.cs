namespace S390Ccw.Language.Syntax;

/// <summary>
/// A literal: decimal, 0x hex or HLASM X'..'. <see cref="IsValid"/> is false for a malformed or
/// over-64-bit literal, reported when the expression is evaluated. <see cref="HexDigits"/> is the
/// digit count of an X'..' literal (0 otherwise): in a byte list it stands for all its bytes.
/// </summary>
internal sealed class NumberExpression : Expression
{
    public NumberExpression(ulong value, string text, bool isValid, int hexDigits, SourceSpan span)
        : base(span)
    {
        Value = value;
        Text = text;
        IsValid = isValid;
        HexDigits = hexDigits;
    }

    public ulong Value { get; }

    public string Text { get; }

    public bool IsValid { get; }

    public int HexDigits { get; }
}
