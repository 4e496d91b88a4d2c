using System;
using System.Diagnostics;
using System.IO;

namespace S390Ccw.Language.Tests.Files;

/// <summary>
/// A temporary tree with a project folder (where the .ccw file lives) and a folder beside it with a
/// secret file, the target every escaping route tries to reach. Deleted on dispose.
/// </summary>
internal sealed class IncludeSandbox : IDisposable
{
    public IncludeSandbox()
    {
        Root = Directory.CreateTempSubdirectory("ccw-include-").FullName;
        Project = Directory.CreateDirectory(Path.Combine(Root, "project")).FullName;
        Outside = Directory.CreateDirectory(Path.Combine(Root, "outside")).FullName;
        Secret = Path.Combine(Outside, "secret.bin");
        File.WriteAllBytes(Secret, new byte[] { 0x5E, 0xC2, 0xE7 });
        Source = Path.Combine(Project, "vol.ccw");
        File.WriteAllText(Source, "; the including file\n");
    }

    public string Root { get; }

    public string Project { get; }

    public string Outside { get; }

    public string Secret { get; }

    public string Source { get; }

    public string InProject(string relative) => Path.Combine(Project, relative);

    public void Link(string relative, string target)
    {
        string path = InProject(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    public void Fifo(string relative)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", InProject(relative)) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0) throw new InvalidOperationException("mkfifo failed");
    }

    public (bool Ok, byte[] Bytes, string Error) Include(string relative, DiskIncludeResolver? resolver = null)
    {
        bool ok = (resolver ?? DiskIncludeResolver.Instance).TryRead(Source, relative, out var bytes, out string error);
        return (ok, bytes, error);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
