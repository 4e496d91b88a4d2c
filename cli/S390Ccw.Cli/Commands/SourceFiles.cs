using System;
using System.IO;
using S390Ccw.Language;
using S390Ccw.Language.Files;

namespace S390Ccw.Cli.Commands;

/// <summary>Reads and assembles .ccw files for the commands, turning IO failures into one-line errors.</summary>
internal static class SourceFiles
{
    /// <summary>A .ccw file as text (UTF-8, or the encoding its byte order mark names); only a regular file within the source limit.</summary>
    public static string Read(string path)
    {
        var bytes = ReadBounded(path, InputLimits.MaximumSourceBytes, "a source file");
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Assembles a .ccw file; includes may also come from <paramref name="includeFolders"/> (--include-dir).</summary>
    public static AssemblyResult Assemble(string path, string[]? includeFolders = null) =>
        CcwAssembler.Assemble(Read(path), Path.GetFullPath(path),
            includeFolders is { Length: > 0 } ? new DiskIncludeResolver(includeFolders) : DiskIncludeResolver.Instance);

    /// <summary>Prints every diagnostic as file(line,col): severity ID: message; true when there were errors.</summary>
    public static bool Report(CliConsole console, AssemblyResult result)
    {
        foreach (var d in result.Diagnostics) console.Error.WriteLine(d.ToString());
        return result.HasErrors;
    }

    /// <summary>A raw storage image for disasm; only a regular file within the binary limit.</summary>
    public static byte[] ReadBytes(string path) => ReadBounded(path, InputLimits.MaximumBinaryBytes, "a binary input");

    private static byte[] ReadBounded(string path, long limit, string limitName)
    {
        if (InputFile.TryRead(path, limit, limitName, out var bytes, out string error)) return bytes;
        throw new CliException($"cannot read {path}: {error}");
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
        catch (Exception e) when (InputFile.IsFileSystemError(e))
        {
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw new CliException($"cannot write {path}: {InputFile.Describe(e)}");
        }
    }
}
