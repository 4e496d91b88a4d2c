using System.Globalization;
using System.Text;

namespace S390Ccw.Language.Binding;

/// <summary>
/// An assembler listing in the HLASM manner: location, object code (at most 8 bytes a line, in
/// 4-byte groups), and the source line beside the first line of each statement's bytes.
/// </summary>
internal static class ListingWriter
{
    public static string Write(AssembledProgram result, ProgramSection program, string sourceText)
    {
        var sb = new StringBuilder();
        sb.Append("program ").Append(result.Name).Append(' ').Append(result.Format == Encoding.CcwFormat.Format0 ? "format0" : "format1")
            .Append(" at 0x").Append(result.Origin.ToString("X", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("LOC       OBJECT CODE        SOURCE\n");
        foreach (var item in program.Items)
        {
            var line = item.Statement.LineSpan;
            string source = line.End <= sourceText.Length ? sourceText.Substring(line.Position, line.Length).TrimEnd() : string.Empty;
            int offset = (int)(item.Address - result.Origin);
            int size = item.Size;
            if (size == 0 || offset < 0 || offset + size > result.Bytes.Length)
            {
                sb.Append(item.Address.ToString("X8", CultureInfo.InvariantCulture)).Append(' ', 28).Append(source).Append('\n');
                continue;
            }
            for (int chunk = 0; chunk < size; chunk += 8)
            {
                AppendBytes(sb, item.Address + (uint)chunk, result.Bytes, offset + chunk, System.Math.Min(8, size - chunk));
                if (chunk == 0) sb.Append(source);
                sb.Append('\n');
            }
        }
        if (result.LiteralPoolLength > 0)
        {
            int poolOffset = (int)(result.LiteralPoolAddress - result.Origin);
            for (int chunk = 0; chunk < result.LiteralPoolLength; chunk += 8)
            {
                AppendBytes(sb, result.LiteralPoolAddress + (uint)chunk, result.Bytes, poolOffset + chunk, System.Math.Min(8, result.LiteralPoolLength - chunk));
                if (chunk == 0) sb.Append("(literal pool: Seek and Search arguments)");
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    private static void AppendBytes(StringBuilder sb, uint address, byte[] bytes, int offset, int count)
    {
        sb.Append(address.ToString("X8", CultureInfo.InvariantCulture)).Append("  ");
        int written = 0;
        for (int i = 0; i < count; i++)
        {
            if (i == 4)
            {
                sb.Append(' ');
                written++;
            }
            sb.Append(bytes[offset + i].ToString("X2", CultureInfo.InvariantCulture));
            written += 2;
        }
        sb.Append(' ', 19 - written);
    }
}
