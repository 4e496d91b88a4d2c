namespace S390Ccw.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input has errors (check), or the IPL loaded no PSW.</summary>
    public const int Failed = 1;

    /// <summary>The tool could not do its job: bad arguments, an unreadable or missing file.</summary>
    public const int Usage = 2;

    /// <summary>The disk image is damaged (ls, disasm of a record, or a track met during ipl): "the image is damaged at …".</summary>
    public const int ImageDamaged = 3;
}
