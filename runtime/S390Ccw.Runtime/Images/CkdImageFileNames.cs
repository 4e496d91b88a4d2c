using System;
using System.Collections.Generic;
using System.IO;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// File names of a multi-file (uncompressed) volume. Hercules opens file n+1 by replacing the character
/// just before the first '.' of the base name (or the last character) with '2'..'9', 'A'.. (s390.md §8.2).
/// dasdinit 3.13 creates such a volume by inserting "_1" before the extension ("big.dsk" becomes
/// big_1.dsk, big_2.dsk; a name already ending in "_x" before the dot is used as it is), so that rule
/// then finds the rest (observed: `dasdinit big.dsk 3390-3`).
/// </summary>
public static class CkdImageFileNames
{
    /// <summary>Most files in one volume (Hercules CKD_MAXFILES).</summary>
    public const int MaximumFiles = 27;

    /// <summary>
    /// Largest file Hercules writes without "-lfs": 2^31 - 1 bytes, so a 3390 file holds at most 2519
    /// cylinders (512 + 2519 × 15 × 56832 = 2147397632 bytes, what dasdinit writes).
    /// </summary>
    public const long MaximumFileSize = int.MaxValue;

    /// <summary>The suffix character of file number <paramref name="fileNumber"/> (1-based): '1'..'9', 'A'...</summary>
    public static char SuffixCharacter(int fileNumber) =>
        fileNumber <= 9 ? (char)('0' + fileNumber) : (char)('A' + fileNumber - 10);

    /// <summary>
    /// Index, in <paramref name="path"/>, of the character Hercules replaces to name the next files, or -1
    /// when the file name has no character before its first '.' (".3390"): Hercules 3.13
    /// (ckddasd.c, ckddasd_init_handler) would then step back onto the '/' and look outside the folder.
    /// </summary>
    public static int SuffixIndex(string path)
    {
        int end = NameEnd(path, out int nameStart);
        return end > nameStart ? end - 1 : -1;
    }

    /// <summary>Index of the first '.' of the file name in <paramref name="path"/> (or its end): where dasdinit inserts "_1".</summary>
    private static int NameEnd(string path, out int nameStart)
    {
        nameStart = path.LastIndexOfAny(new[] { '/', Path.DirectorySeparatorChar }) + 1;
        int dot = path.IndexOf('.', nameStart);
        return dot < 0 ? path.Length : dot;
    }

    /// <summary>The name of file <paramref name="fileNumber"/> (1-based) of a volume whose first file is <paramref name="firstFile"/>.</summary>
    public static string ForOpen(string firstFile, int fileNumber)
    {
        if (fileNumber == 1) return firstFile;
        int index = SuffixIndex(firstFile);
        if (index < 0) throw new ArgumentException($"'{firstFile}' has no character to number the volume's files with", nameof(firstFile));
        var chars = firstFile.ToCharArray();
        chars[index] = SuffixCharacter(fileNumber);
        return new string(chars);
    }

    /// <summary>The names dasdinit gives the <paramref name="fileCount"/> files of a volume created as <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> ForCreate(string path, int fileCount)
    {
        if (fileCount < 1 || fileCount > MaximumFiles) throw new ArgumentOutOfRangeException(nameof(fileCount), fileCount, $"a volume has 1..{MaximumFiles} files");
        if (fileCount == 1) return new[] { path };
        int end = NameEnd(path, out int nameStart);
        string first = end - 2 >= nameStart && path[end - 2] == '_'
            ? path
            : path.Insert(end, "_1");
        var names = new string[fileCount];
        for (int n = 1; n <= fileCount; n++) names[n - 1] = ForOpen(first, n);
        return names;
    }

    /// <summary>
    /// The first file of the volume named <paramref name="path"/>: the path itself, or, when it does not
    /// exist, the "_1" name dasdinit gives the first file of a multi-file volume.
    /// </summary>
    public static string ResolveFirstFile(string path)
    {
        if (File.Exists(path)) return path;
        string multi = path.Insert(NameEnd(path, out _), "_1");
        return File.Exists(multi) ? multi : path;
    }
}
