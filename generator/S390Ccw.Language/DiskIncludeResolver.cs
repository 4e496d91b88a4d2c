using System;
using System.IO;

namespace S390Ccw.Language;

/// <summary>
/// The default include resolver: reads files relative to the folder of the .ccw file (or the current
/// directory for text without a file) and refuses absolute paths and paths that leave that folder.
/// </summary>
public sealed class DiskIncludeResolver : IIncludeResolver
{
    public static DiskIncludeResolver Instance { get; } = new();

    public bool TryRead(string? includingFilePath, string relativePath, out byte[] contents, out string error)
    {
        contents = Array.Empty<byte>();
        try
        {
            if (string.IsNullOrEmpty(relativePath))
            {
                error = "the path is empty";
                return false;
            }
            if (Path.IsPathRooted(relativePath))
            {
                error = "absolute paths are not allowed; give a path relative to the .ccw file";
                return false;
            }
            string folder = Path.GetFullPath(
                string.IsNullOrEmpty(includingFilePath) ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(includingFilePath)) ?? ".");
            string folderWithSeparator = folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
                ? folder
                : folder + Path.DirectorySeparatorChar;
            string full = Path.GetFullPath(Path.Combine(folder, relativePath));
            if (!full.StartsWith(folderWithSeparator, StringComparison.Ordinal))
            {
                error = "the path leaves the folder of the .ccw file (" + folder + ")";
                return false;
            }
            if (!File.Exists(full))
            {
                error = "file not found: " + full;
                return false;
            }
            contents = File.ReadAllBytes(full);
            error = string.Empty;
            return true;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            error = e.Message;
            return false;
        }
    }
}
