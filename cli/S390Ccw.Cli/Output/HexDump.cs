using System.IO;
using System.Text;

namespace S390Ccw.Cli.Output;

/// <summary>Storage or record bytes as lines of address, 16 bytes in words, and their EBCDIC text, as Hercules' r command shows them.</summary>
internal static class HexDump
{
    public static void Write(TextWriter writer, long address, byte[] bytes)
    {
        for (int offset = 0; offset < bytes.Length; offset += 16)
        {
            var line = new StringBuilder(80);
            line.Append((address + offset).ToString("X8")).Append("  ");
            var text = new StringBuilder(16);
            for (int i = 0; i < 16; i++)
            {
                if (i > 0 && i % 4 == 0) line.Append(' ');
                if (offset + i < bytes.Length)
                {
                    byte b = bytes[offset + i];
                    line.Append(b.ToString("X2"));
                    text.Append(Language.Encoding.Ebcdic.ToPrintable(b));
                }
                else
                {
                    line.Append("  ");
                }
            }
            writer.WriteLine($"{line}  {text}");
        }
    }
}
