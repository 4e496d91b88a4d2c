using System;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>
/// The bytes of the data directives (psw, data, ebcdic, ascii, space, align, arg), big-endian as
/// storage holds them. Used for program bodies and for record keys and data.
/// </summary>
internal sealed class DataEmitter
{
    /// <summary>ESA/390 PSW bit 12, which must be one in an IPL PSW (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)).</summary>
    public const ulong PswBit12 = 0x0008_0000_0000_0000;

    private readonly ExpressionEvaluator _evaluator;
    private readonly DiagnosticBag _diagnostics;

    public DataEmitter(ExpressionEvaluator evaluator, DiagnosticBag diagnostics)
    {
        _evaluator = evaluator;
        _diagnostics = diagnostics;
    }

    public static int SizeOf(DataStatement data)
    {
        int size = 0;
        foreach (var item in data.Items) size += ItemSize(data.Width, item);
        return size;
    }

    /// <summary>An X'..' literal in a byte list stands for all its bytes (HLASM DC X'..').</summary>
    private static int ItemSize(DataWidth width, Expression item) =>
        width == DataWidth.Byte && item is NumberExpression { HexDigits: > 2 } hex ? (hex.HexDigits + 1) / 2 : (int)width;

    /// <summary>Writes the directive's <paramref name="size"/> bytes at <paramref name="offset"/>; '*' means <paramref name="location"/>.</summary>
    public void Emit(Statement statement, long location, byte[] buffer, int offset, int size)
    {
        switch (statement)
        {
            case PswStatement psw:
                if (_evaluator.TryEvaluate(psw.Value, location, out long value))
                {
                    if (((ulong)value & PswBit12) == 0) _diagnostics.Report(DiagnosticCatalog.PswBit12Off, psw.Value.Span, (ulong)value);
                    WriteBigEndian(buffer, offset, 8, (ulong)value);
                }
                break;
            case DataStatement data:
                foreach (var item in data.Items)
                {
                    int itemSize = ItemSize(data.Width, item);
                    if (itemSize > (int)data.Width)
                    {
                        // Any length, as HLASM's DC X'..': the digits are the bytes, so no 64-bit value is needed.
                        var hex = (NumberExpression)item;
                        if (!TryWriteHexDigits(hex.Text, buffer, offset, itemSize)) _evaluator.TryEvaluate(hex, location, out _);
                    }
                    else if (TryItem(data.Width, item, location, out ulong itemValue))
                    {
                        WriteBigEndian(buffer, offset, itemSize, itemValue);
                    }
                    offset += itemSize;
                }
                break;
            case TextStatement text:
                EncodeText(text, buffer, offset);
                break;
            case ArgumentBlockStatement argument:
                new ArgumentBlockEncoder(_evaluator).Encode(argument, location, buffer, offset);
                break;
            case SpaceStatement:
            case AlignStatement:
                Array.Clear(buffer, offset, size);
                break;
        }
    }

    /// <summary>The bytes of a record-content directive, evaluated with '*' = 0.</summary>
    public byte[] EmitStandalone(Statement statement, SymbolTable symbols)
    {
        int size = statement switch
        {
            PswStatement => 8,
            DataStatement d => SizeOf(d),
            TextStatement t => t.Text.Value.Length,
            SpaceStatement s => _evaluator.TryEvaluateInRange(s.Size, 0, "the size of 'space'", "space size", 0, 65535, out long n) ? (int)n : 0,
            _ => 0,
        };
        var bytes = new byte[size];
        Emit(statement, 0, bytes, 0, size);
        return bytes;
    }

    private bool TryItem(DataWidth width, Expression item, long location, out ulong value)
    {
        value = 0;
        if (!_evaluator.TryEvaluate(item, location, out long v)) return false;
        int bits = 8 * (int)width;
        if (bits < 64)
        {
            long min = -(1L << (bits - 1));
            long max = (1L << bits) - 1;
            if (v < min || v > max)
            {
                _diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, item.Span, width.ToString().ToLowerInvariant(), v, ExpressionEvaluator.Range(min, max));
                return false;
            }
        }
        value = (ulong)v;
        return true;
    }

    private void EncodeText(TextStatement text, byte[] buffer, int offset)
    {
        string s = text.Text.Value;
        bool ebcdic = text.Encoding == TextEncodingKind.Ebcdic;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            byte b;
            bool ok = ebcdic ? Ebcdic.TryEncode(c, out b) : Ascii.TryEncode(c, out b);
            if (!ok)
            {
                _diagnostics.Report(DiagnosticCatalog.UnencodableCharacter, text.Text.Span, c, (int)c, ebcdic ? "EBCDIC (code page 037)" : "ASCII");
                return;
            }
            buffer[offset + i] = b;
        }
    }

    public static void WriteBigEndian(byte[] buffer, int offset, int size, ulong value)
    {
        for (int i = size - 1; i >= 0; i--)
        {
            buffer[offset + i] = (byte)value;
            value >>= 8;
        }
    }

    /// <summary>Writes the digits of an X'..' literal as bytes, an odd count padded with a leading zero digit.</summary>
    private static bool TryWriteHexDigits(string literal, byte[] buffer, int offset, int size)
    {
        string digits = literal.Substring(2, literal.Length - 3);
        if (digits.Length % 2 == 1) digits = "0" + digits;
        if (digits.Length != size * 2) return false;
        for (int i = 0; i < size; i++)
        {
            int high = HexValue(digits[2 * i]);
            int low = HexValue(digits[(2 * i) + 1]);
            if (high < 0 || low < 0) return false;
            buffer[offset + i] = (byte)((high << 4) | low);
        }
        return true;
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}
