using System;
using System.IO;
using S390Ccw.Language;

namespace S390Ccw.Cli.Commands;

/// <summary>Reads and assembles .ccw files for the commands, turning IO failures into one-line errors.</summary>
internal static class SourceFiles
{
    public static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot read {path}: {e.Message}");
        }
    }

    public static AssemblyResult Assemble(string path) =>
        CcwAssembler.Assemble(Read(path), Path.GetFullPath(path), DiskIncludeResolver.Instance);

    /// <summary>Prints every diagnostic as file(line,col): severity ID: message; true when there were errors.</summary>
    public static bool Report(CliConsole console, AssemblyResult result)
    {
        foreach (var d in result.Diagnostics) console.Error.WriteLine(d.ToString());
        return result.HasErrors;
    }

    public static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot read {path}: {e.Message}");
        }
    }

    /// <summary>Writes through a temporary file in the same folder, renamed into place, so a failure never leaves half a file.</summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw new CliException($"cannot write {path}: {e.Message}");
        }
    }
}
