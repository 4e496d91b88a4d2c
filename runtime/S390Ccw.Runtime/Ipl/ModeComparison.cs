using System.Collections.Generic;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Ipl;

/// <summary>
/// One mode's IPL set against the hardware IPL of the same volume: whether it loaded the same PSW and
/// the same bytes in every range the hardware IPL read into, and where the two runs first differ.
/// </summary>
public sealed record ModeComparison(
    IplMode Mode,
    IplResult Result,
    IReadOnlyList<CcwTraceRecord> Trace,
    bool SamePsw,
    bool SameStorage,
    int? FirstDivergentCcw,
    uint? FirstDifferentByte)
{
    /// <summary>True when the mode boots the volume to the same PSW and the same loaded storage.</summary>
    public bool Agrees => SamePsw && SameStorage;

    /// <summary>
    /// The mode's PSW is Hardware's with the BA bit (bit 32, X'80000000' in the second word: 31-bit
    /// addressing) added. QEMU's BIOS enters the loaded program with that bit on whatever the PSW at 0
    /// says (QEMU pc-bios/s390-ccw/jump2ipl.c, jump_to_IPL_code), so it is not a difference in the volume.
    /// </summary>
    public bool BaBitAdded { get; init; }

    public string Summary
    {
        get
        {
            string outcome = Result.Succeeded ? $"PSW={Result.Psw}" : $"failed: {Result.FailureMessage}";
            if (Agrees && BaBitAdded)
                return $"{Mode}: {outcome}; same loaded storage as Hardware; the PSW is Hardware's with the BA bit (X'80000000', 31-bit addressing) added, as QEMU's BIOS sets it in the PSW it loads";
            if (Agrees) return $"{Mode}: {outcome}; same PSW and loaded storage as Hardware";
            var parts = new List<string>();
            if (!SamePsw) parts.Add("a different PSW");
            if (FirstDifferentByte is uint address) parts.Add($"storage first differs at 0x{address:X8}");
            if (FirstDivergentCcw is int index)
            {
                string where = index < Trace.Count ? $"0x{Trace[index].CcwAddress:X8}" : "the end of its trace";
                parts.Add($"CCW #{index} ({where}) is the first that differs from Hardware's");
            }
            return $"{Mode}: {outcome}; diverges: {string.Join("; ", parts)}";
        }
    }
}
