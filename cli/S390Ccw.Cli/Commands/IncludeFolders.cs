using System.CommandLine;

namespace S390Ccw.Cli.Commands;

/// <summary>
/// <c>--include-dir DIR</c> (repeatable) of asm, check and mkdisk: more folders that <c>data file "path"</c>
/// may read from, beside the .ccw file's own; the real path (links resolved) must lie inside one (docs/limits.md).
/// </summary>
internal static class IncludeFolders
{
    public static Option<string[]> CreateOption() => new("--include-dir")
    {
        Description = "Also allow 'data file' includes from this folder (repeatable); by default only the .ccw file's folder.",
        AllowMultipleArgumentsPerToken = false,
    };
}
