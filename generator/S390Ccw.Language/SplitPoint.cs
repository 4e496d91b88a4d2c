namespace S390Ccw.Language;

/// <summary>
/// A prefetch split point written with <c>split</c>: the TIC at <see cref="TicAddress"/> ends a segment,
/// and an IPL sequencer that must run the chain in prefetch-safe pieces (as QEMU's dasd-ipl.c does,
/// QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL") starts the next one at <see cref="TargetAddress"/>.
/// </summary>
public sealed record SplitPoint(uint TicAddress, uint TargetAddress, SourceSpan Span);
