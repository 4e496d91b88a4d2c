using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Binding;

/// <summary>
/// The checks a single CCW must pass, each one a channel program check on real hardware (SA22-7832 ch. 15, "Transfer in Channel",
/// SA22-7832 ch. 15, count and data address; ch. 16, "Program Check"): 24-bit (format-0) or 31-bit (format-1) data addresses and data areas, count zero outside TIC
/// (format-0 always; format-1 only with CD, which Hercules rejects), and a format-1 TIC's zero fields.
/// IDA and MIDA addresses name a list, so only the address itself is checked for them.
/// </summary>
internal static class CcwChecks
{
    public static void Check(Ccw ccw, CcwFormat format, string mnemonic, SourceSpan span, SourceSpan addressSpan, DiagnosticBag diagnostics)
    {
        bool tic = ccw.IsTransferInChannel(format);
        bool indirect = (ccw.Flags & (CcwFlags.IndirectData | CcwFlags.ModifiedIndirectData)) != 0;
        long lastByte = (long)ccw.DataAddress + (ccw.Count == 0 ? 0 : ccw.Count - 1);
        if (format == CcwFormat.Format0)
        {
            if (ccw.DataAddress >= Ccw.Format0AddressLimit)
                diagnostics.Report(DiagnosticCatalog.Format0AddressTooHigh, addressSpan, tic ? "TIC target" : "data address", ccw.DataAddress);
            else if (!tic && !indirect && lastByte >= Ccw.Format0AddressLimit)
                diagnostics.Report(DiagnosticCatalog.Format0AddressTooHigh, addressSpan, "end of the data area", lastByte);
        }
        else
        {
            if (ccw.DataAddress >= Ccw.Format1AddressLimit)
                diagnostics.Report(DiagnosticCatalog.Format1AddressTooHigh, addressSpan, tic ? "TIC target" : "data address", ccw.DataAddress);
            else if (!tic && !indirect && lastByte >= Ccw.Format1AddressLimit)
                diagnostics.Report(DiagnosticCatalog.Format1AddressTooHigh, addressSpan, "end of the data area", lastByte);
        }
        if (!tic && !CcwRules.IsCountValid(format, ccw.Flags, ccw.Count))
        {
            if (format == CcwFormat.Format0)
                diagnostics.Report(DiagnosticCatalog.ZeroCount, span, mnemonic, "format-0 CCWs other than TIC need a count of at least 1");
            else if (ccw.Has(CcwFlags.ChainData))
                diagnostics.Report(DiagnosticCatalog.ZeroCount, span, mnemonic, "a format-1 CCW with CD needs a count of at least 1");
        }
        if (tic && format == CcwFormat.Format1 && !CcwRules.HasZeroTicFields(ccw))
            diagnostics.Report(DiagnosticCatalog.Format1TicFields, span);
    }

    /// <summary>True when <see cref="Check"/> would report nothing (the disassembler's test for a canonical CCW).</summary>
    public static bool IsClean(Ccw ccw, CcwFormat format)
    {
        var bag = new DiagnosticBag(null);
        Check(ccw, format, "CCW", default, default, bag);
        return bag.Items.Count == 0;
    }
}
