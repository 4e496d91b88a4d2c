using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Parsing;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>
/// An assembler listing in the manner of HLASM's (High Level Assembler Programmer's Guide, SC26-4941,
/// "Assembler listing"): location, object code, statement number (the source line), and the source.
/// Each CCW is decoded beside its object code: command, flags, count (or a TIC's target). A statement that
/// expands to several CCWs (a high-level READ) stands on its own line, and each CCW it generates follows
/// on a line of its own, its statement number marked '+' as HLASM marks generated statements. A
/// cross-reference of the program's labels (value, defining line, referencing lines) closes the listing.
/// </summary>
internal static class ListingWriter
{
    private const int DecodedWidth = 30;

    public static string Write(AssembledProgram result, ProgramSection program, string sourceText, SymbolTable symbols)
    {
        var sb = new StringBuilder();
        sb.Append("program ").Append(result.Name).Append(' ').Append(result.Format == CcwFormat.Format0 ? "format0" : "format1")
            .Append(" at 0x").Append(Hex8(result.Origin)).Append(": ").Append(result.Ccws.Count.ToString(CultureInfo.InvariantCulture))
            .Append(" CCWs, ").Append(result.Bytes.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes\n");
        sb.Append("LOC       OBJECT CODE        STMT  ").Append("CCW (DECODED)".PadRight(DecodedWidth)).Append("  SOURCE STATEMENT\n");
        AppendLine(sb, result.Origin, null, program.Header.LineSpan.Line, false, "", Source(program.Header, sourceText));
        foreach (var item in program.Items)
        {
            string source = Source(item.Statement, sourceText);
            int line = item.Statement.LineSpan.Line;
            int offset = (int)(item.Address - result.Origin);
            if (item.Size == 0 || offset < 0 || offset + item.Size > result.Bytes.Length)
            {
                AppendLine(sb, item.Address, null, line, false, "", source);
                continue;
            }
            var ccws = result.Ccws.Where(c => c.Address >= item.Address && c.Address < item.Address + (uint)item.Size).ToList();
            if (ccws.Count > 1)
            {
                AppendLine(sb, item.Address, null, line, false, "", source);
                foreach (var ccw in ccws) AppendLine(sb, ccw.Address, Object(result, ccw.Address, 8), line, true, Decode(ccw.Ccw, result.Format), "");
            }
            else if (ccws.Count == 1)
            {
                AppendLine(sb, item.Address, Object(result, item.Address, 8), line, false, Decode(ccws[0].Ccw, result.Format), source);
            }
            else
            {
                for (int chunk = 0; chunk < item.Size; chunk += 8)
                {
                    uint address = item.Address + (uint)chunk;
                    AppendLine(sb, address, Object(result, address, System.Math.Min(8, item.Size - chunk)), chunk == 0 ? line : null, false, "", chunk == 0 ? source : "");
                }
            }
        }
        for (int chunk = 0; chunk < result.LiteralPoolLength; chunk += 8)
        {
            uint address = result.LiteralPoolAddress + (uint)chunk;
            AppendLine(sb, address, Object(result, address, System.Math.Min(8, result.LiteralPoolLength - chunk)), null, false, "",
                chunk == 0 ? "=literal pool: the SEEK and SEARCH arguments of high-level READs" : "");
        }
        AppendCrossReference(sb, program, symbols);
        return sb.ToString();
    }

    /// <summary>Command, flags and count as the channel reads them (one decode: <see cref="Ccw"/>), or a TIC's target.</summary>
    internal static string Decode(Ccw ccw, CcwFormat format)
    {
        if (ccw.IsTransferInChannel(format)) return "TIC".PadRight(12) + " -> " + Hex8(ccw.DataAddress);
        string mnemonic = CommandTable.TryGet(ccw.Command, out var info) ? info.Mnemonic : "X'" + ccw.Command.ToString("X2", CultureInfo.InvariantCulture) + "'";
        string flags = string.Join(" ", OperandGrammar.CanonicalOrder.Where(f => ccw.Has(f.Flag)).Select(f => f.Name));
        return mnemonic.PadRight(12) + " " + flags.PadRight(11) + " " + ccw.Count.ToString(CultureInfo.InvariantCulture).PadLeft(5);
    }

    private static void AppendCrossReference(StringBuilder sb, ProgramSection program, SymbolTable symbols)
    {
        var labels = symbols.InProgram(program.Name).ToList();
        int width = System.Math.Max(16, labels.Count == 0 ? 0 : labels.Max(s => s.Name.Length));
        sb.Append('\n').Append("CROSS-REFERENCE\n");
        sb.Append("SYMBOL".PadRight(width)).Append("  VALUE      DEFN  REFERENCES\n");
        foreach (var symbol in labels)
        {
            var references = symbols.ReferencesTo(symbol.Name);
            sb.Append(symbol.Name.PadRight(width)).Append("  ").Append(Hex8((uint)symbol.Value)).Append(' ')
                .Append(symbol.Span.Line.ToString(CultureInfo.InvariantCulture).PadLeft(6)).Append("  ")
                .Append(references.Count == 0 ? "(not referenced)" : string.Join(" ", references.Select(r => r.ToString(CultureInfo.InvariantCulture))))
                .Append('\n');
        }
    }

    private static void AppendLine(StringBuilder sb, uint address, string? objectCode, int? statement, bool generated, string decoded, string source)
    {
        sb.Append(Hex8(address)).Append("  ").Append((objectCode ?? "").PadRight(17)).Append(' ');
        sb.Append((statement?.ToString(CultureInfo.InvariantCulture) ?? "").PadLeft(5)).Append(generated ? '+' : ' ').Append(' ');
        sb.Append(decoded.PadRight(DecodedWidth)).Append("  ").Append(source);
        int end = sb.Length;
        while (end > 0 && sb[end - 1] == ' ') end--;
        sb.Length = end;
        sb.Append('\n');
    }

    /// <summary>At most 8 bytes as two groups of 4, as HLASM prints object code.</summary>
    private static string Object(AssembledProgram result, uint address, int count)
    {
        var sb = new StringBuilder();
        int offset = (int)(address - result.Origin);
        for (int i = 0; i < count; i++)
        {
            if (i == 4) sb.Append(' ');
            sb.Append(result.Bytes[offset + i].ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static string Source(Statement statement, string sourceText)
    {
        var line = statement.LineSpan;
        return line.End <= sourceText.Length ? sourceText.Substring(line.Position, line.Length).Trim() : string.Empty;
    }

    private static string Hex8(uint value) => value.ToString("X8", CultureInfo.InvariantCulture);
}
