using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using S390Ccw.Language.Files;

namespace S390Ccw.Language;

/// <summary>
/// The default include resolver: reads files relative to the folder of the .ccw file (or the current
/// directory for text without a file). It refuses absolute paths, paths that leave that folder as
/// written, and paths whose real location (every symbolic link resolved, as realpath(3) does) lies
/// outside the real folder of the .ccw file, or outside one of the folders the user allowed. Only a
/// regular file of at most <see cref="InputLimits.MaximumIncludedFileBytes"/> is read.
/// </summary>
public sealed class DiskIncludeResolver : IIncludeResolver
{
    private readonly IReadOnlyList<string> _extraFolders;

    /// <summary>Includes confined to the folder of the including file.</summary>
    public DiskIncludeResolver()
        : this(Array.Empty<string>())
    {
    }

    /// <summary>Includes may also resolve into <paramref name="allowedFolders"/> (and below them), e.g. a shared payload folder.</summary>
    public DiskIncludeResolver(IEnumerable<string> allowedFolders)
    {
        _extraFolders = allowedFolders.ToArray();
    }

    public static DiskIncludeResolver Instance { get; } = new();

    public bool TryRead(string? includingFilePath, string relativePath, out byte[] contents, out string error)
    {
        contents = Array.Empty<byte>();
        if (string.IsNullOrEmpty(relativePath))
        {
            error = "the path is empty";
            return false;
        }
        if (relativePath.IndexOf('\0') >= 0)
        {
            error = "the path contains a NUL character";
            return false;
        }
        try
        {
            if (Path.IsPathRooted(relativePath))
            {
                error = "absolute paths are not allowed; give a path relative to the .ccw file";
                return false;
            }
            string folder = Path.GetFullPath(
                string.IsNullOrEmpty(includingFilePath) ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(includingFilePath)) ?? ".");
            string full = Path.GetFullPath(Path.Combine(folder, relativePath));
            if (!IsInside(full, folder) && !_extraFolders.Any(allowed => IsInside(full, Path.GetFullPath(allowed))))
            {
                error = "the path leaves the folder of the .ccw file (" + folder + ")";
                return false;
            }
            if (!TryConfine(full, folder, out string real, out error)) return false;
            if (InputFile.TryRead(real, InputLimits.MaximumIncludedFileBytes, "an included file", out contents, out string reason))
            {
                error = string.Empty;
                return true;
            }
            error = reason + ": " + full;
            return false;
        }
        catch (Exception e) when (InputFile.IsFileSystemError(e))
        {
            error = InputFile.Describe(e) + ": " + relativePath;
            return false;
        }
    }

    /// <summary>
    /// Resolves every link of <paramref name="full"/>; true with the real path when it lies inside the
    /// real form of <paramref name="folder"/> or of an allowed folder. A link to a file or a folder
    /// outside, a chain of links, /proc/self/root or /proc/self/fd all resolve to where they really
    /// point, so one check covers them. A hard link has no other path and is a file of the folder.
    /// </summary>
    private bool TryConfine(string full, string folder, out string real, out string error)
    {
        real = full;
        error = string.Empty;
        if (!UnixFileSystem.IsSupported)
        {
            // No realpath: refuse any link on the way, since where it leads cannot be proved (Windows).
            for (string? p = full; p is not null && p.Length > folder.Length; p = Path.GetDirectoryName(p))
            {
                if (File.Exists(p) || Directory.Exists(p))
                {
                    if ((File.GetAttributes(p) & FileAttributes.ReparsePoint) != 0)
                    {
                        error = "the path goes through a link or junction, which includes may not use on this platform: " + full;
                        return false;
                    }
                }
            }
            return true;
        }
        string? resolved = UnixFileSystem.RealPath(full, out int errno);
        if (resolved is null)
        {
            error = UnixFileSystem.Describe(errno) + ": " + full;
            return false;
        }
        foreach (string allowed in new[] { folder }.Concat(_extraFolders))
        {
            string? realFolder = UnixFileSystem.RealPath(Path.GetFullPath(allowed), out _);
            if (realFolder is not null && IsInside(resolved, realFolder))
            {
                real = resolved;
                return true;
            }
        }
        error = _extraFolders.Count == 0
            ? $"the file is really {resolved} (through a symbolic link), outside the folder of the .ccw file ({folder})"
            : $"the file is really {resolved} (through a symbolic link), outside the folder of the .ccw file ({folder}) and the allowed folders";
        return false;
    }

    private static bool IsInside(string path, string folder)
    {
        string withSeparator = folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            ? folder
            : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(withSeparator, StringComparison.Ordinal);
    }
}
