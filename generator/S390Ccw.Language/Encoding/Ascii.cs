namespace S390Ccw.Language.Encoding;

/// <summary>The <c>ascii</c> directive's code: US-ASCII (ANSI X3.4), one byte per character U+0000-U+007F and nothing else.</summary>
public static class Ascii
{
    public static bool TryEncode(char c, out byte value)
    {
        value = (byte)c;
        return c <= 0x7F;
    }
}
