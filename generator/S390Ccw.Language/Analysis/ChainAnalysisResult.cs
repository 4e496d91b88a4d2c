using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Language.Analysis;

/// <summary>What <see cref="PrefetchAnalysis"/> found: hazards, and every CCW02xx diagnostic (hazards included) in source order.</summary>
public sealed class ChainAnalysisResult
{
    internal ChainAnalysisResult(IReadOnlyList<PrefetchHazard> hazards, IReadOnlyList<CcwDiagnostic> diagnostics, IReadOnlyList<ChainEntry> entries,
        IReadOnlyList<IplVerdict> ipls)
    {
        Hazards = hazards;
        Diagnostics = diagnostics;
        Entries = entries;
        Ipls = ipls;
    }

    /// <summary>For each volume with an IPL1 record: does the machine's IPL complete, and does QEMU's BIOS boot it too.</summary>
    public IReadOnlyList<IplVerdict> Ipls { get; }

    public IReadOnlyList<PrefetchHazard> Hazards { get; }

    public IReadOnlyList<CcwDiagnostic> Diagnostics { get; }

    /// <summary>The chains followed: each volume's IPL, then each program that is not an IPL1 record.</summary>
    public IReadOnlyList<ChainEntry> Entries { get; }

    public bool HasHazard => Hazards.Count > 0;

    /// <summary>Hazards found when the named program is started on its own (what the runtime's Start does).</summary>
    public IEnumerable<PrefetchHazard> HazardsOfProgram(string name)
    {
        foreach (var h in Hazards)
        {
            if (h.Entry.Kind == ChainEntryKind.Program && h.Entry.Name == name) yield return h;
        }
    }

    /// <summary>Hazards found in the IPL of the named volume.</summary>
    public IEnumerable<PrefetchHazard> HazardsOfIpl(string volser)
    {
        foreach (var h in Hazards)
        {
            if (h.Entry.Kind == ChainEntryKind.Ipl && h.Entry.Name == volser) yield return h;
        }
    }
}
