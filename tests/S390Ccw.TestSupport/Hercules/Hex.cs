using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>Hex text as Hercules prints it: groups of 8 digits separated by blanks.</summary>
public static class Hex
{
    /// <summary>Parses hex digits, ignoring blanks; an odd count or a non-hex character gives false.</summary>
    public static bool TryParse(string text, out ImmutableArray<byte> bytes)
    {
        bytes = ImmutableArray<byte>.Empty;
        if (text is null)
            return false;
        var digits = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c == ' ' || c == '\t')
                continue;
            if (!Uri.IsHexDigit(c))
                return false;
            digits.Append(c);
        }
        if (digits.Length % 2 != 0)
            return false;
        var builder = ImmutableArray.CreateBuilder<byte>(digits.Length / 2);
        for (int i = 0; i < digits.Length; i += 2)
            builder.Add(byte.Parse(digits.ToString(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        bytes = builder.MoveToImmutable();
        return true;
    }

    /// <summary>Parses hex text that the caller's regular expression has already validated.</summary>
    internal static ImmutableArray<byte> ParseValidated(string text) =>
        TryParse(text, out ImmutableArray<byte> bytes) ? bytes : throw new FormatException($"Not hex: '{text}'.");

    /// <summary>Formats bytes in Hercules' style: upper-case, a blank after every 4 bytes.</summary>
    public static string Format(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length * 9 / 4 + 1);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
                text.Append(' ');
            text.Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
