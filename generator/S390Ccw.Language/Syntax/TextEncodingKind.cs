namespace S390Ccw.Language.Syntax;

/// <summary>The character code of a text directive.</summary>
internal enum TextEncodingKind
{
    Ebcdic,
    Ascii,
}
