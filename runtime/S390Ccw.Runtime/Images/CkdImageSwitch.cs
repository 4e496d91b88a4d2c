using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// Puts the files of a new volume in place so that a run killed at any moment leaves the old volume or
/// the new one, never a mix. A multi-file volume cannot be switched by one rename, so the switch is
/// recorded first: every file is written under a temporary name, then a small journal
/// (".NAME.ccw-switch", itself written to a temporary name and renamed into place: the commit
/// point) lists the renames; the renames follow and the journal is removed. A run killed before the
/// journal exists leaves the old volume and some temporaries; one killed after leaves a journal that
/// the next <see cref="Recover"/> (at the next write or open of a volume in that folder) carries out.
/// Temporaries of killed runs (their process is gone) are removed by the next write. Nothing is
/// flushed to disk (an fsync here flushes the whole new volume, seconds per 3390-3, and dasdinit does
/// not flush either): the guarantee is for a killed process, whose writes the operating system keeps,
/// not for a power failure.
/// </summary>
internal static class CkdImageSwitch
{
    private const string JournalSuffix = ".ccw-switch";
    private const string JournalHeader = "ccw-switch 1";

    /// <summary>Temporaries name their process: ".NAME.PID-GUID.tmp".</summary>
    private static readonly Regex TemporaryPattern = new(@"^\..+\.(\d+)-[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant);

    /// <summary>Environment variable that pauses at the commit point and between renames (milliseconds), so a crash test can kill there.</summary>
    internal const string PauseVariable = "S390CCW_SWITCH_PAUSE_MS";

    /// <summary>A temporary name for <paramref name="target"/> in its folder, naming this process.</summary>
    public static string TemporaryFor(string target)
    {
        string full = Path.GetFullPath(target);
        return Path.Combine(Path.GetDirectoryName(full)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"));
    }

    /// <summary>
    /// Renames each temporary onto its target and removes <paramref name="obsolete"/> files (a first file
    /// of the other naming form that would otherwise be opened in place of the new volume).
    /// </summary>
    public static void Commit(string volumePath, IReadOnlyList<(string Temporary, string Target)> renames, IEnumerable<string> obsolete)
    {
        string full = Path.GetFullPath(volumePath);
        string folder = Path.GetDirectoryName(full)!;
        string journal = JournalFor(full);
        var text = new StringBuilder().Append(JournalHeader).Append('\n');
        foreach (var (temporary, target) in renames)
        {
            text.Append("rename\t").Append(Path.GetFileName(temporary)).Append('\t').Append(Path.GetFileName(target)).Append('\n');
        }
        foreach (string file in obsolete) text.Append("delete\t").Append(Path.GetFileName(file)).Append('\n');
        string journalTemporary = TemporaryFor(journal);
        File.WriteAllBytes(journalTemporary, Encoding.UTF8.GetBytes(text.ToString()));
        File.Move(journalTemporary, journal, overwrite: true);
        Pause();
        Complete(folder, journal);
    }

    /// <summary>
    /// Carries out every committed switch left in <paramref name="folder"/> and, when
    /// <paramref name="removeTemporaries"/>, removes the temporaries of runs whose process is gone.
    /// </summary>
    public static void Recover(string folder, bool removeTemporaries)
    {
        if (!Directory.Exists(folder)) return;
        foreach (string journal in Directory.EnumerateFiles(folder, "." + "*" + JournalSuffix).ToArray())
        {
            Complete(folder, journal);
        }
        if (!removeTemporaries) return;
        foreach (string file in Directory.EnumerateFiles(folder, ".*.tmp").ToArray())
        {
            var match = TemporaryPattern.Match(Path.GetFileName(file));
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && !IsRunning(pid))
            {
                TryDelete(file);
            }
        }
    }

    private static string JournalFor(string volumePath) =>
        Path.Combine(Path.GetDirectoryName(volumePath)!, "." + Path.GetFileName(volumePath) + JournalSuffix);

    /// <summary>Renames what is still to be renamed, deletes what is listed, then removes the journal; idempotent.</summary>
    private static void Complete(string folder, string journal)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(journal);
        }
        catch (FileNotFoundException)
        {
            return;
        }
        if (lines.Length == 0 || lines[0] != JournalHeader) return; // not ours: leave it alone
        foreach (string line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            // Names only: a journal never moves a file out of its folder.
            if (parts.Any(p => p.Length == 0 || p.IndexOf('/') >= 0 || p.IndexOf(Path.DirectorySeparatorChar) >= 0 || p == ".." || p == ".")) continue;
            if (parts.Length == 3 && parts[0] == "rename")
            {
                MoveIfStillThere(Path.Combine(folder, parts[1]), Path.Combine(folder, parts[2]));
                Pause();
            }
            else if (parts.Length == 2 && parts[0] == "delete")
            {
                TryDelete(Path.Combine(folder, parts[1]));
            }
        }
        TryDelete(journal);
    }

    /// <summary>A rename another process (an open completing the same switch) may have made first.</summary>
    private static void MoveIfStillThere(string temporary, string target)
    {
        try
        {
            File.Move(temporary, target, overwrite: true);
        }
        catch (FileNotFoundException)
        {
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Pause()
    {
        string? value = Environment.GetEnvironmentVariable(PauseVariable);
        if (value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int milliseconds) && milliseconds > 0)
        {
            System.Threading.Thread.Sleep(milliseconds);
        }
    }

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
