using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// A CCW that the chain runs after an earlier CCW of the same chain stored different bytes over it:
/// a prefetching channel (vfio-ccw) runs the copy it took at the start, the stale CCW.
/// </summary>
/// <param name="Entry">The chain in which it happens.</param>
/// <param name="Writer">The CCW whose data overwrote the victim.</param>
/// <param name="Victim">The overwritten CCW, as the chain runs it (its new bytes).</param>
/// <param name="StaleMnemonic">What the prefetched copy holds there instead.</param>
/// <param name="Kind">Whether QEMU's BIOS-style split makes it safe.</param>
/// <param name="Reason">For <see cref="PrefetchHazardKind.NotBootableByQemuBios"/>: why the BIOS cannot split it.</param>
/// <param name="SplitTic">For a READ/TIC hazard: the TIC where a split makes it safe (the code fix's place).</param>
/// <param name="Diagnostic">CCW0202 or CCW0203, located at the writer (or the victim when the writer has no source).</param>
public sealed record PrefetchHazard(
    ChainEntry Entry,
    HazardCcw Writer,
    HazardCcw Victim,
    string StaleMnemonic,
    PrefetchHazardKind Kind,
    string? Reason,
    HazardCcw? SplitTic,
    CcwDiagnostic Diagnostic)
{
    /// <summary>
    /// False when the hazard rests on something the build cannot see: the victim's new bytes come from
    /// data it does not know (no volume, a record the volume does not define, an unknown position), or
    /// the walk reached the writer only by taking an unknown device outcome (a search it could not
    /// compare taken to match). The chain may then run other CCWs than its prefetched copy, which the
    /// analysis cannot rule out, so it reports it (unknown is not safe); true means the runtime's lazy
    /// and prefetching runs of the declared volume differ.
    /// </summary>
    public bool Proved { get; init; } = true;
}
