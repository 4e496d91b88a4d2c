namespace S390Ccw.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input has errors (check), or the IPL loaded no PSW.</summary>
    public const int Failed = 1;

    /// <summary>The tool could not do its job: bad arguments, unreadable file, damaged image.</summary>
    public const int Usage = 2;
}
