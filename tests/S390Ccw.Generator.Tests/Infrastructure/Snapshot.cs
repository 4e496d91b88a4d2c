using System;
using System.IO;
using Xunit.Sdk;

namespace S390Ccw.Generator.Tests.Infrastructure;

/// <summary>
/// Golden-file comparison without Verify (Roslyn docs/features/incremental-generators.cookbook.md, "Unit testing of generators"): Snapshots/NAME.verified.cs beside the tests,
/// found from the repository root (not [CallerFilePath], which a CI build maps to /_/).
/// On a mismatch NAME.received.cs is written and the first differing line is shown; setting
/// CCW_ACCEPT_SNAPSHOTS=1 accepts the received text instead.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        string folder = Path.Combine(RepositoryRoot(), "tests", "S390Ccw.Generator.Tests", "Snapshots");
        string verified = Path.Combine(folder, name + ".verified.cs");
        string received = Path.Combine(folder, name + ".received.cs");
        string normalized = Normalize(actual);
        if (Environment.GetEnvironmentVariable("CCW_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalized);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (!File.Exists(verified))
        {
            File.WriteAllText(received, normalized);
            throw new XunitException($"No snapshot {verified}; wrote {received}. Review it and rerun with CCW_ACCEPT_SNAPSHOTS=1.");
        }
        string expected = Normalize(File.ReadAllText(verified));
        if (expected == normalized)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, normalized);
        throw new XunitException($"Snapshot {name} differs; wrote {received}.\n{FirstDifference(expected, normalized)}");
    }

    private static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++) lines[i] = lines[i].TrimEnd();
        return string.Join("\n", lines).TrimEnd('\n') + "\n";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int n = Math.Min(e.Length, a.Length);
        int i = 0;
        while (i < n && e[i] == a[i]) i++;
        return $"line {i + 1}:\n- {(i < e.Length ? e[i] : "<end>")}\n+ {(i < a.Length ? a[i] : "<end>")}";
    }

    /// <summary>The folder holding S390Ccw.sln, above the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "S390Ccw.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("S390Ccw.sln not found above " + AppContext.BaseDirectory);
    }
}
