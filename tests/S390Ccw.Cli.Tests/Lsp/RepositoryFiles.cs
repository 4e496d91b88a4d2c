using System;
using System.IO;

namespace S390Ccw.Cli.Tests.Lsp;

/// <summary>Files of the repository (samples), found upward from the test assembly's folder.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "S390Ccw.sln"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("S390Ccw.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, Path.Combine(parts));
    }
}
