namespace S390Ccw.Language.Files;

/// <summary>
/// The largest inputs the tools accept (docs/limits.md). Each is checked before anything is read, so
/// an input that never ends (a FIFO, /dev/zero) or a huge sparse file is refused at once.
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// Largest .ccw source: 4 MiB, about 100,000 lines, which the language core assembles in about two
    /// seconds on a small machine (README figures: 63,000 lines/s).
    /// </summary>
    public const long MaximumSourceBytes = 4L * 1024 * 1024;

    /// <summary>
    /// Largest file named by <c>record … data file "path"</c>: 1 MiB. The file is one record's data, and
    /// a 3390 record holds at most 56,664 bytes (one record on a track, GA32-0274 capacity formula), so
    /// anything near this limit is refused by CCW0110 anyway; the limit only bounds what is read.
    /// </summary>
    public const long MaximumIncludedFileBytes = 1024 * 1024;

    /// <summary>
    /// Deepest include chain: 1. An included file is data, never source, so it cannot include another
    /// file; a chain of includes (and so an include loop) cannot be written.
    /// </summary>
    public const int MaximumIncludeDepth = 1;

    /// <summary>Largest raw storage image <c>ccw disasm</c> reads: 64 MiB.</summary>
    public const long MaximumBinaryBytes = 64L * 1024 * 1024;
}
