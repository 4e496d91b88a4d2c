using System;
using System.IO;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>
/// Locates the Hercules executables on PATH so that tests can skip cleanly where Hercules is not
/// installed (CI installs it through <c>.ci/run</c>; a developer machine may not have it).
/// </summary>
public static class HerculesTools
{
    private static readonly Lazy<string?> HerculesPath = new(() => FindOnPath("hercules"));
    private static readonly Lazy<string?> DasdinitPath = new(() => FindOnPath("dasdinit"));
    private static readonly Lazy<string?> DasdlsPath = new(() => FindOnPath("dasdls"));

    /// <summary>Full path of the <c>hercules</c> emulator, or null when it is not on PATH.</summary>
    public static string? Hercules => HerculesPath.Value;

    /// <summary>Full path of <c>dasdinit</c> (creates empty CKD images), or null.</summary>
    public static string? Dasdinit => DasdinitPath.Value;

    /// <summary>Full path of <c>dasdls</c> (lists a volume's VTOC), or null.</summary>
    public static string? Dasdls => DasdlsPath.Value;

    public static bool IsHerculesAvailable => Hercules is not null;

    /// <summary>A sentence saying which tool is missing, for a test's skip reason.</summary>
    public static string MissingReason(string tool) =>
        $"'{tool}' (Hercules 3.13) is not on PATH; install the hercules package to run this test.";

    /// <summary>Searches the current PATH for an executable file of the given name.</summary>
    public static string? FindOnPath(string name) =>
        FindOnPath(name, Environment.GetEnvironmentVariable("PATH"));

    /// <summary>
    /// Searches a PATH-style list of directories for an executable file of the given name. On
    /// Windows the usual executable extensions are tried as well.
    /// </summary>
    public static string? FindOnPath(string name, string? pathVariable)
    {
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(pathVariable))
            return null;
        string[] suffixes = OperatingSystem.IsWindows() ? new[] { "", ".exe", ".cmd", ".bat" } : new[] { "" };
        foreach (string directory in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string suffix in suffixes)
            {
                string candidate;
                try
                {
                    candidate = Path.Combine(directory.Trim('"'), name + suffix);
                }
                catch (ArgumentException)
                {
                    continue; // a PATH entry with characters that cannot form a path
                }
                if (IsExecutableFile(candidate))
                    return candidate;
            }
        }
        return null;
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path))
            return false;
        if (OperatingSystem.IsWindows())
            return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
