using System;
using System.IO;

namespace S390Ccw.Cli.Tests;

/// <summary>Runs the tool in-process with captured output, in a temporary working folder of its own.</summary>
internal sealed class CcwTool : IDisposable
{
    public CcwTool() => Folder = Directory.CreateTempSubdirectory("ccw-cli-").FullName;

    /// <summary>A working folder under <paramref name="parent"/> (e.g. a tmpfs, for tests that write many large images).</summary>
    public CcwTool(string parent) => Folder = Directory.CreateDirectory(Path.Combine(parent, "ccw-cli-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Every file in the working folder, hidden ones included.</summary>
    public string[] Files() => Directory.GetFiles(Folder);

    public string Write(string name, string text)
    {
        string path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes the source and builds its volume with <c>ccw mkdisk</c>; the image's path.</summary>
    public string MakeDisk(string source, string name = "v")
    {
        string src = Write(name + ".ccw", source);
        var (exit, _, err) = Run("mkdisk", src, "-o", PathOf(name + ".3390"));
        Xunit.Assert.True(exit == 0, err);
        return PathOf(name + ".3390");
    }

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
