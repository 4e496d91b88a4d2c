using System;

namespace S390Ccw.Language.Encoding;

/// <summary>
/// Code page 037 (EBCDIC US/Canada), the code page of HLASM C'..' constants and of the labels Hercules
/// writes: the printable ASCII range only. Values from IBM CDRA CCSID 37. The one table the language,
/// the runtime's volume labels and the tools' dumps share.
/// </summary>
public static class Ebcdic
{
    public const byte Space = 0x40;

    // Index = ASCII code - 0x20, value = CP037 byte.
    private static readonly byte[] Printable =
    {
        0x40, 0x5A, 0x7F, 0x7B, 0x5B, 0x6C, 0x50, 0x7D, 0x4D, 0x5D, 0x5C, 0x4E, 0x6B, 0x60, 0x4B, 0x61, // space ! " # $ % & ' ( ) * + , - . /
        0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x7A, 0x5E, 0x4C, 0x7E, 0x6E, 0x6F, // 0-9 : ; < = > ?
        0x7C, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, // @ A-O
        0xD7, 0xD8, 0xD9, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xBA, 0xE0, 0xBB, 0xB0, 0x6D, // P-Z [ \ ] ^ _
        0x79, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, // ` a-o
        0x97, 0x98, 0x99, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xC0, 0x4F, 0xD0, 0xA1,       // p-z { | } ~
    };

    // After Printable: static fields initialise in text order.
    private static readonly char[] Decoded = BuildDecoded();

    public static bool TryEncode(char c, out byte value)
    {
        if (c < 0x20 || c > 0x7E)
        {
            value = 0;
            return false;
        }
        value = Printable[c - 0x20];
        return true;
    }

    /// <summary>Encodes text known to be printable ASCII (labels, volume serials).</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (!TryEncode(text[i], out bytes[i])) throw new ArgumentException("Not printable ASCII: " + text, nameof(text));
        }
        return bytes;
    }

    /// <summary>A volume serial: 1 to 6 characters, upper-cased, padded with blanks to 6 bytes.</summary>
    public static byte[] EncodeVolser(string volser)
    {
        if (string.IsNullOrEmpty(volser) || volser.Length > 6)
            throw new ArgumentException($"volume serial '{volser}' must be 1 to 6 characters", nameof(volser));
        return Encode(volser.ToUpperInvariant().PadRight(6));
    }

    /// <summary>The printable ASCII character of an EBCDIC byte, or '.' when the byte is not in the table (dump text columns).</summary>
    public static char ToPrintable(byte value) => Decoded[value];

    /// <summary>EBCDIC bytes as text, '.' for bytes without a printable character.</summary>
    public static string Decode(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) chars[i] = Decoded[bytes[i]];
        return new string(chars);
    }

    private static char[] BuildDecoded()
    {
        var table = new char[256];
        for (int i = 0; i < table.Length; i++) table[i] = '.';
        for (int i = 0; i < Printable.Length; i++) table[Printable[i]] = (char)(0x20 + i);
        return table;
    }
}
