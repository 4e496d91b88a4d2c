using System;
using System.Globalization;
using System.IO;

namespace S390Ccw.Language.Files;

/// <summary>
/// Reads an input file the safe way: only a regular file, checked before it is opened (open(2) of a
/// FIFO blocks until a writer comes), and never more than a limit, checked against its size first (a
/// sparse file can claim gigabytes) and again while reading (/proc files claim 0 bytes). Every failure
/// comes back as words of our own, never an exception message: the CLI is built with
/// UseSystemResourceKeys, where .NET's messages are resource keys such as IO_FileNotFound_FileName.
/// </summary>
public static class InputFile
{
    /// <summary>Reads <paramref name="path"/> whole, or says why not (without the path, which the caller names).</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="limit">The most bytes it may have.</param>
    /// <param name="limitName">What the limit is for, as in "the 4,194,304-byte limit for a source file".</param>
    /// <param name="contents">The bytes read, when it returns true.</param>
    /// <param name="error">Why not, when it returns false.</param>
    public static bool TryRead(string path, long limit, string limitName, out byte[] contents, out string error)
    {
        contents = Array.Empty<byte>();
        error = CheckRegularFile(path, limit, limitName) ?? string.Empty;
        if (error.Length > 0) return false;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (true)
            {
                int n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length));
                if (n == 0) break;
                buffer.Write(chunk, 0, n);
                if (buffer.Length > limit)
                {
                    error = TooLarge("more than", limit, limit, limitName);
                    return false;
                }
            }
            contents = buffer.ToArray();
            return true;
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            error = Describe(e);
            return false;
        }
    }

    /// <summary>
    /// Null when <paramref name="path"/> names a regular file (links followed) of at most
    /// <paramref name="limit"/> bytes; otherwise why not, in words. Opens nothing.
    /// </summary>
    public static string? CheckRegularFile(string path, long? limit = null, string limitName = "this input")
    {
        if (path.Length == 0) return "the path is empty";
        if (path.IndexOf('\0') >= 0) return "the path contains a NUL character";
        var kind = KindOf(path, out int errno);
        switch (kind)
        {
            case FileKind.Missing:
                return errno == 0 ? "no such file" : UnixFileSystem.Describe(errno);
            case FileKind.Directory:
                return "it is a folder, not a file";
            case FileKind.Fifo:
                return "it is a FIFO (named pipe), not a regular file; only regular files are read";
            case FileKind.CharacterDevice:
                return "it is a character device, not a regular file; only regular files are read";
            case FileKind.BlockDevice:
                return "it is a block device, not a regular file; only regular files are read";
            case FileKind.Socket:
                return "it is a socket, not a regular file; only regular files are read";
        }
        if (limit is long max)
        {
            try
            {
                long size = new FileInfo(path).Length;
                if (size > max) return TooLarge(string.Empty, size, max, limitName);
            }
            catch (Exception e) when (IsFileSystemError(e))
            {
                return Describe(e);
            }
        }
        return null;
    }

    /// <summary>The type of what <paramref name="path"/> names, links followed.</summary>
    public static FileKind KindOf(string path) => KindOf(path, out _);

    /// <summary>A file-system exception in words of our own (its message may be a bare resource key).</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "a folder in the path does not exist",
        PathTooLongException => "the path is too long",
        UnauthorizedAccessException => "permission denied",
        ArgumentException => "the path is not valid",
        NotSupportedException => "the path is not valid",
        IOException io => string.Format(CultureInfo.InvariantCulture, "input/output error (0x{0:X8})", io.HResult),
        _ => e.GetType().Name,
    };

    /// <summary>The exceptions file-system calls throw for a bad path or a failing disk.</summary>
    public static bool IsFileSystemError(Exception e) =>
        e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException;

    private static FileKind KindOf(string path, out int errno)
    {
        errno = 0;
        if (UnixFileSystem.IsSupported) return UnixFileSystem.KindOf(path, out errno);
        try
        {
            if (Directory.Exists(path)) return FileKind.Directory;
            return File.Exists(path) ? FileKind.Unknown : FileKind.Missing;
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            return FileKind.Unknown;
        }
    }

    private static string TooLarge(string qualifier, long size, long limit, string limitName) =>
        string.Format(CultureInfo.InvariantCulture, "it is {0}{1:N0} bytes, over the {2:N0}-byte limit for {3} (docs/limits.md)",
            qualifier.Length == 0 ? string.Empty : qualifier + " ", size, limit, limitName);
}
