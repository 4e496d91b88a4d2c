using System.Collections.Generic;
using System.Globalization;
using System.Text;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;
using S390Ccw.Language;
using S390Ccw.Language.Editing;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Cli.Lsp.Features;

/// <summary>
/// textDocument/hover: on a label or program name its address; on a line that assembled to CCWs each CCW
/// with its bytes, flags, meaning and data direction (the four CCWs of a high-level READ with the Seek
/// and Search arguments it put in the literal pool); on a volume or record line its size and bytes; on
/// a mnemonic, flag or directive its meaning.
/// </summary>
internal static class HoverProvider
{
    public static Hover? Hover(DocumentSnapshot document, Position position)
    {
        int offset = document.Lines.OffsetOf(position);
        var index = document.Index;
        if (index.NameAt(offset) is { } name && SymbolHover(document, name.Name) is { } text)
            return new Hover(new MarkupContent("markdown", text), document.Lines.RangeOf(name.Span));
        if (CcwHover(document, position.Line + 1) is { } ccws)
            return new Hover(new MarkupContent("markdown", ccws), null);
        if (RecordHover.Describe(document, position.Line + 1) is { } record)
            return new Hover(new MarkupContent("markdown", record), null);
        if (index.TokenAt(offset) is { } token && WordHover(document.Text, token) is { } word)
            return new Hover(new MarkupContent("markdown", word), document.Lines.RangeOf(token.Span));
        return null;
    }

    private static string? SymbolHover(DocumentSnapshot document, string name)
    {
        foreach (var program in document.Analysis.Assembly.Programs)
        {
            if (program.Name == name)
                return $"**program {name}** ({(program.Format == CcwFormat.Format0 ? "format 0" : "format 1")}) at `0x{program.Origin:X8}`, " +
                    $"{program.Bytes.Length} bytes, {program.Ccws.Count} CCWs, literal pool at `0x{program.LiteralPoolAddress:X8}` ({program.LiteralPoolLength} bytes)";
        }
        foreach (var program in document.Analysis.Assembly.Programs)
        {
            if (program.Labels.TryGetValue(name, out uint address))
                return $"**label {name}** = `0x{address:X8}` in program `{program.Name}`";
        }
        return document.Index.FindDefinition(name) is null ? $"`{name}` is not defined" : null;
    }

    private static string? CcwHover(DocumentSnapshot document, int line)
    {
        foreach (var program in document.Analysis.Assembly.Programs)
        {
            var ccws = new List<AssembledCcw>();
            foreach (var ccw in program.Ccws)
            {
                if (ccw.Span.Line == line) ccws.Add(ccw);
            }
            if (ccws.Count > 0) return Describe(program, ccws);
        }
        return null;
    }

    private static string Describe(AssembledProgram program, List<AssembledCcw> ccws)
    {
        var format = program.Format;
        var sb = new StringBuilder();
        sb.Append(ccws.Count == 1 ? "1 CCW" : ccws.Count.ToString(CultureInfo.InvariantCulture) + " CCWs")
          .Append(format == CcwFormat.Format0 ? ", format 0" : ", format 1")
          .Append(", program `").Append(program.Name).Append('`');
        if (ccws[0].Record is { } record) sb.Append(", record ").Append(record.ToString());
        sb.Append("\n\n```\n");
        foreach (var ccw in ccws)
        {
            var bytes = ccw.Ccw.ToBytes(format);
            sb.Append(ccw.Address.ToString("X8", CultureInfo.InvariantCulture)).Append("  ")
              .Append(Hex(bytes, 0, 4)).Append(' ').Append(Hex(bytes, 4, 4)).Append("  ")
              .Append(ccw.Mnemonic.PadRight(12))
              .Append(" addr=0x").Append(ccw.Ccw.DataAddress.ToString("X", CultureInfo.InvariantCulture))
              .Append(" count=").Append(ccw.Ccw.Count.ToString(CultureInfo.InvariantCulture))
              .Append(" flags=").Append(Vocabulary.FlagNames(ccw.Ccw.Flags)).Append('\n');
        }
        sb.Append("```\n");
        foreach (var ccw in ccws) AppendMeaning(sb, program, ccw);
        return sb.ToString();
    }

    private static void AppendMeaning(StringBuilder sb, AssembledProgram program, AssembledCcw ccw)
    {
        sb.Append("\n- `").Append(ccw.Mnemonic).Append("`: ");
        if (CommandTable.TryGet(ccw.Ccw.Command, out var info) || CommandTable.TryGet(ccw.Mnemonic, out info))
        {
            sb.Append(info.Description).Append(" (code `").Append(info.Code.ToString("X2", CultureInfo.InvariantCulture)).Append("`, ")
              .Append(info.Direction switch { DataDirection.Input => "data in: device to storage", DataDirection.Output => "data out: storage to device", _ => "no data" })
              .Append(')');
        }
        if (ccw.Ccw.IsTransferInChannel(program.Format))
            sb.Append("; continues at `0x").Append(ccw.Ccw.DataAddress.ToString("X8", CultureInfo.InvariantCulture)).Append('`');
        long inPool = (long)ccw.Ccw.DataAddress - program.LiteralPoolAddress;
        if (!ccw.Ccw.IsTransferInChannel(program.Format) && program.LiteralPoolLength > 0 && inPool >= 0 && inPool + ccw.Ccw.Count <= program.LiteralPoolLength)
        {
            long at = ccw.Ccw.DataAddress - program.Origin;
            sb.Append("; literal-pool argument `").Append(Hex(program.Bytes, (int)at, ccw.Ccw.Count)).Append('`');
        }
        foreach (var (name, flag) in Vocabulary.Flags)
        {
            if ((ccw.Ccw.Flags & flag) != 0) sb.Append("\n  - ").Append(name).Append(": ").Append(Vocabulary.FlagMeaning(flag));
        }
    }

    private static string? WordHover(string text, SourceToken token)
    {
        string word = text.Substring(token.Span.Position, token.Span.Length);
        switch (token.Kind)
        {
            case SourceTokenKind.Mnemonic when CommandTable.TryGet(word, out var info):
                return $"**{info.Mnemonic}** (code `{info.Code:X2}`): {info.Description}";
            case SourceTokenKind.Flag when Vocabulary.TryGetFlag(word, out var flag):
                return $"**{word.ToUpperInvariant()}** (`0x{(byte)flag:X2}`): {Vocabulary.FlagMeaning(flag)}";
            case SourceTokenKind.Keyword when Vocabulary.DirectiveMeaning(word) is { } meaning:
                return "`" + meaning + "`";
            default:
                return null;
        }
    }

    private static string Hex(byte[] bytes, int offset, int length)
    {
        var sb = new StringBuilder(length * 2);
        for (int i = offset; i < offset + length && i < bytes.Length; i++) sb.Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
