namespace S390Ccw.Language;

/// <summary>
/// A prefetch split point written with <c>split</c>: the TIC at <see cref="TicAddress"/> ends a segment,
/// and an IPL sequencer that must run the chain in prefetch-safe pieces (as QEMU's dasd-ipl.c does,
/// s390.md §7) starts the next one at <see cref="TargetAddress"/>.
/// </summary>
public sealed record SplitPoint(uint TicAddress, uint TargetAddress, SourceSpan Span);
