using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Binding;

/// <summary>
/// Checks that look across CCWs, over every program of the file (an IPL1 TIC lands in IPL2):
/// TIC targets must be doubleword aligned and must not be TICs (SA22-7832 ch. 15, "Transfer in Channel"), and a CC or CD flag
/// must be followed by another CCW of the same program (CCW0200/CCW0201, warnings: the program may
/// chain into storage it builds at run time).
/// </summary>
internal static class ChainChecker
{
    public static void Check(IReadOnlyList<ProgramSection> programs, DiagnosticBag diagnostics)
    {
        var byAddress = new Dictionary<uint, (AssembledCcw Ccw, CcwFormat Format)>();
        foreach (var program in programs)
        {
            foreach (var (ccw, _, _) in program.CcwSpans) byAddress[ccw.Address] = (ccw, program.Format);
        }
        foreach (var program in programs)
        {
            var own = new HashSet<uint>();
            foreach (var (ccw, _, _) in program.CcwSpans) own.Add(ccw.Address);
            foreach (var (ccw, addressSpan, valid) in program.CcwSpans)
            {
                if (ccw.Ccw.IsTransferInChannel(program.Format))
                {
                    // A TIC whose target did not evaluate was already reported; its placeholder target proves nothing.
                    if (!valid) continue;
                    uint target = ccw.Ccw.DataAddress;
                    if (program.Format == CcwFormat.Format0) target &= 0x00FF_FFFF;
                    if ((target & 7) != 0)
                        diagnostics.Report(DiagnosticCatalog.UnalignedTicTarget, addressSpan, target);
                    else if (byAddress.TryGetValue(target, out var at) && at.Ccw.Ccw.IsTransferInChannel(at.Format))
                        diagnostics.Report(DiagnosticCatalog.TicToTic, addressSpan, target);
                    continue;
                }
                uint next = ccw.Address + 8;
                if (ccw.Ccw.Has(CcwFlags.ChainData) && !own.Contains(next))
                    diagnostics.Report(DiagnosticCatalog.DataChainOffEnd, ccw.Span, ccw.Mnemonic, next, program.Name);
                else if (ccw.Ccw.Has(CcwFlags.ChainCommand) && !own.Contains(next))
                    diagnostics.Report(DiagnosticCatalog.CommandChainOffEnd, ccw.Span, ccw.Mnemonic, next, program.Name);
            }
        }
    }
}
