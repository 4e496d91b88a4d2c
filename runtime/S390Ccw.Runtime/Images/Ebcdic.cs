using System;

namespace S390Ccw.Runtime.Images;

/// <summary>The few EBCDIC (code page 037) characters a volume label needs.</summary>
internal static class Ebcdic
{
    public const byte Space = 0x40;

    public static byte Encode(char c) => c switch
    {
        >= 'A' and <= 'I' => (byte)(0xC1 + (c - 'A')),
        >= 'J' and <= 'R' => (byte)(0xD1 + (c - 'J')),
        >= 'S' and <= 'Z' => (byte)(0xE2 + (c - 'S')),
        >= '0' and <= '9' => (byte)(0xF0 + (c - '0')),
        ' ' => Space,
        '.' => 0x4B,
        '@' => 0x7C,
        '#' => 0x7B,
        '$' => 0x5B,
        '-' => 0x60,
        _ => throw new ArgumentException($"'{c}' has no EBCDIC code in a volume label", nameof(c)),
    };

    public static byte[] Encode(string text)
    {
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++) bytes[i] = Encode(text[i]);
        return bytes;
    }

    /// <summary>A volume serial: 1 to 6 characters, upper-cased, padded with blanks to 6 bytes.</summary>
    public static byte[] EncodeVolser(string volser)
    {
        if (string.IsNullOrEmpty(volser) || volser.Length > 6)
        {
            throw new ArgumentException($"volume serial '{volser}' must be 1 to 6 characters", nameof(volser));
        }
        return Encode(volser.ToUpperInvariant().PadRight(6));
    }
}
