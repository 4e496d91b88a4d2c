namespace S390Ccw.Language.Encoding;

/// <summary>
/// The validity rules a channel applies to each CCW it fetches, every one a channel program check
/// (z/Architecture Principles of Operation SA22-7832, ch. 15 "Channel-Command Word", "Transfer in
/// Channel" and "Program Check"; Hercules channel.c): one set of rules for the channel runner, the
/// prefetch copy, the static analysis and the assembler's checks.
/// </summary>
public static class CcwRules
{
    /// <summary>
    /// A CCW address the channel can fetch from: doubleword aligned, and for format 0 within the 24-bit
    /// address space (a format-0 CCW address above 16 MiB is a program check).
    /// </summary>
    public static bool IsFetchable(uint address, CcwFormat format) =>
        (address & 7) == 0 && (format == CcwFormat.Format1 || address <= 0x00FF_FFF8);

    /// <summary>
    /// A TIC the channel takes: not right after another TIC, a target on a word boundary (the doubleword
    /// check follows when the target is fetched), and for format 1 flags and count zero.
    /// </summary>
    public static bool IsValidTic(Ccw tic, CcwFormat format, bool afterTic) =>
        !afterTic && (tic.DataAddress & 3) == 0 && (format == CcwFormat.Format0 || HasZeroTicFields(tic));

    /// <summary>Format-1 TICs must have zero flags and count (format 0 ignores them).</summary>
    public static bool HasZeroTicFields(Ccw tic) => tic.Flags == CcwFlags.None && tic.Count == 0;

    /// <summary>
    /// Count zero is invalid for a format-0 command (other than TIC), and for a format-1 command with CD;
    /// a format-1 command without CD may have count zero.
    /// </summary>
    public static bool IsCountValid(CcwFormat format, CcwFlags flags, int count) =>
        count != 0 || (format == CcwFormat.Format1 && (flags & CcwFlags.ChainData) == 0);

    /// <summary>
    /// Flags the channel accepts: not CD together with S, and not MIDA, since the channel here (like
    /// Hercules' and QEMU's emulated channels) has no MIDAW facility.
    /// </summary>
    /// <summary>
    /// Data chaining takes the next CCW when this one's count is exhausted, whether or not the device
    /// has more (SA22-7832 ch. 15, "Data Chaining"; a device ending there leaves the next CCW short).
    /// </summary>
    public static bool DataChainContinues(CcwFlags flags, int stored, int count) =>
        (flags & CcwFlags.ChainData) != 0 && stored == count;

    /// <summary>
    /// Incorrect length for the last CCW of a transfer: its count not used up (<paramref name="residual"/>)
    /// or the device had more; SLI suppresses it, except on a CCW with CD (SA22-7832 ch. 15,
    /// "Incorrect Length").
    /// </summary>
    public static bool IsIncorrectLength(CcwFlags flags, int residual, bool more)
    {
        if ((flags & CcwFlags.ChainData) != 0) return residual > 0 || more;
        return (residual > 0 || more) && (flags & CcwFlags.SuppressLength) == 0;
    }

    public static bool AreFlagsValid(CcwFlags flags) =>
        (flags & (CcwFlags.ChainData | CcwFlags.Suspend)) != (CcwFlags.ChainData | CcwFlags.Suspend)
        && (flags & CcwFlags.ModifiedIndirectData) == 0;
}
