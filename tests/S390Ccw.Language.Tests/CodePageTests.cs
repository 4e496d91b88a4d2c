using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using S390Ccw.Language.Encoding;
using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>
/// The <c>ebcdic</c> and <c>ascii</c> directives against code tables generated once by another
/// implementation (Python's cp037 and ascii codecs; the command is in each file's header), not by ours.
/// </summary>
public class CodePageTests
{
    private static IReadOnlyList<(byte Byte, char Char)> Table(string name) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", name))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split(' '))
            .Select(f => (byte.Parse(f[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), (char)int.Parse(f[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
            .ToList();

    [Fact]
    public void Cp037_EveryByteDecodesAsPythonsCodecDoes()
    {
        var table = Table("cp037.txt");

        Assert.Equal(256, table.Count);
        foreach (var (b, c) in table) Assert.True(Ebcdic.ToChar(b) == c, $"X'{b:X2}': expected U+{(int)c:X4}, got U+{(int)Ebcdic.ToChar(b):X4}");
    }

    [Fact]
    public void Cp037_EveryCharacterEncodesBackToItsByte()
    {
        foreach (var (b, c) in Table("cp037.txt"))
        {
            Assert.True(Ebcdic.TryEncode(c, out byte encoded), $"U+{(int)c:X4} has no code");
            Assert.True(encoded == b, $"U+{(int)c:X4}: expected X'{b:X2}', got X'{encoded:X2}'");
        }
    }

    [Theory]
    [InlineData('\u20AC')] // euro sign: in CCSID 1140, not in 37
    [InlineData('\u0100')]
    public void Cp037_CharactersBeyondLatin1_HaveNoCode(char c)
    {
        Assert.False(Ebcdic.TryEncode(c, out _));
    }

    [Fact]
    public void EbcdicDirective_EncodesNationalCharacters()
    {
        // ä is X'43', é X'51', ß X'59', ¬ X'5F', [ X'BA', ] X'BB' in code page 037.
        var bytes = Asm.Bytes("program p format1 at 0x1000\n    ebcdic \"äéß¬[]\"\n");

        Assert.Equal(new byte[] { 0x43, 0x51, 0x59, 0x5F, 0xBA, 0xBB }, bytes.Take(6).ToArray());
    }

    [Fact]
    public void EbcdicDirective_CharacterOutsideTheCodePage_IsCcw0123AtTheString()
    {
        var d = Asm.Single("program p format1 at 0x1000\n    ebcdic \"a€\"\n", "CCW0123");

        Assert.Contains("EBCDIC (code page 037)", d.Message);
        Assert.Equal(2, d.Span.Line);
    }

    [Fact]
    public void Ascii_EveryCodePointEncodesAsPythonsCodecDoes()
    {
        var table = Table("ascii.txt");

        Assert.Equal(128, table.Count);
        foreach (var (b, c) in table)
        {
            Assert.True(Ascii.TryEncode(c, out byte encoded) && encoded == b, $"U+{(int)c:X4}");
        }
        for (int c = 0x80; c <= 0xFFFF; c++) Assert.False(Ascii.TryEncode((char)c, out _));
    }

    [Fact]
    public void AsciiDirective_RefusesÄ()
    {
        var d = Asm.Single("program p format1 at 0x1000\n    ascii \"ä\"\n", "CCW0123");

        Assert.Contains("ASCII", d.Message);
    }

    [Fact]
    public void Dumps_ShowControlCharactersAsDots()
    {
        Assert.Equal("A.ä", Ebcdic.Decode(new byte[] { 0xC1, 0x25, 0x43 }));
    }
}
