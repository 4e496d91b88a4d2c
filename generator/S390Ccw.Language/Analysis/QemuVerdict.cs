namespace S390Ccw.Language.Analysis;

/// <summary>What the static walk of QEMU's BIOS flow found for one volume (see <see cref="QemuBiosFlow"/>).</summary>
internal enum QemuVerdictKind
{
    /// <summary>Every start ends with channel end and device end and runs no stale CCW.</summary>
    Boots,

    /// <summary>A start ends otherwise, runs a stale CCW, or a check refuses the volume.</summary>
    Fails,

    /// <summary>The walk met bytes or device outcomes the build cannot see.</summary>
    Unknown,
}

/// <param name="Kind">The verdict.</param>
/// <param name="Address">The CCW (or IPL record field) where QEMU's flow breaks or the walk stopped.</param>
/// <param name="Why">Why, in words.</param>
/// <param name="Guessed">True when the walk took an outcome it could not see (the verdict is possible, not proved).</param>
internal sealed record QemuVerdict(QemuVerdictKind Kind, uint Address, string Why, bool Guessed);
