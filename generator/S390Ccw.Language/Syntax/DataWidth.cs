namespace S390Ccw.Language.Syntax;

/// <summary>Item size of a <c>data</c> directive, in bytes.</summary>
internal enum DataWidth
{
    Byte = 1,
    Half = 2,
    Word = 4,
    Doubleword = 8,
}
