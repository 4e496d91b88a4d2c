namespace S390Ccw.Language.Analysis;

/// <summary>How a walked chain ended.</summary>
internal enum WalkEnd
{
    /// <summary>The last CCW had no command chaining and ended with channel end and device end (status modifier allowed).</summary>
    Completed,

    /// <summary>A program check, unit check, unit exception or incorrect length ended the chain.</summary>
    Failed,

    /// <summary>The walk could not follow the chain (bytes or outcomes the build cannot see).</summary>
    Unknown,

    /// <summary>Under prefetch the chain runs a stale copy of a CCW it overwrote (only walks of a prefetched start report it).</summary>
    StaleCcw,
}

/// <summary>Where and why a walk ended; <see cref="StatusModifier"/> is set when the last command ended with status modifier.</summary>
internal sealed record WalkOutcome(WalkEnd End, uint Address, string Why, bool StatusModifier = false);
