using System.Collections.Generic;
using S390Ccw.TestSupport.Differential;

namespace S390Ccw.Hercules.Tests.Differential;

/// <summary>
/// Divergences from Hercules 3.13 that docs/fidelity.md lists as Hercules quirks, decided from the
/// architecture in this emulator's favour: the campaign names them instead of failing on them.
/// </summary>
internal static class Quirks
{
    /// <summary>The quirk that explains <paramref name="divergence"/>, or null.</summary>
    public static string? Explain(IReadOnlyList<CcwTraceStep> hercules, CcwTraceDivergence divergence)
    {
        // After READ MULTIPLE CKD has read to the end of the track, Hercules leaves the device "at end of
        // track" and its next record command first advances to the next track, even a single-track one
        // (ckddasd.c ckd_read_count calls mt_advance when oriented at EOT); the 3990 is then at index of the
        // same track, and the next Read Data passes index and reads R1 there (GA32-0274, orientation).
        if (divergence.Index > 0 && divergence.Expected is { } step && step.Ccw.Length > 0 && IsRecordRead(step.Ccw[0])
            && hercules[divergence.Index - 1].Ccw.Length > 0 && hercules[divergence.Index - 1].Ccw[0] == 0x5E)
            return "after READ MULTIPLE CKD, Hercules moves to the next track before a single-track read";
        return null;
    }

    private static bool IsRecordRead(byte code) => (code & 0x7F) is 0x06 or 0x0E or 0x1E or 0x12 or 0x16 or 0x1A;
}
