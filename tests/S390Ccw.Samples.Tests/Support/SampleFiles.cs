using System;
using System.IO;

namespace S390Ccw.Samples.Tests.Support;

/// <summary>The samples' source files, so that expected line numbers are found, not written down.</summary>
public static class SampleFiles
{
    public static string PathOf(string sample, string file) => Path.Combine(SampleApps.RepositoryRoot, "samples", sample, file);

    /// <summary>The 1-based number of the first line of the file that contains <paramref name="text"/>.</summary>
    public static int LineOf(string path, string text)
    {
        int index = Array.FindIndex(File.ReadAllLines(path), l => l.Contains(text, StringComparison.Ordinal));
        if (index < 0) throw new InvalidOperationException($"'{text}' is not in {path}");
        return index + 1;
    }
}
