using System;
using System.Globalization;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// A disk image file that cannot be read or written as a Hercules CKD/CCKD volume. The message
/// names the file, the track (when the fault is inside one) and the byte offset in the file.
/// </summary>
public sealed class DiskImageException : Exception
{
    public DiskImageException(string fileName, string problem, int? cylinder = null, int? head = null, long? byteOffset = null, Exception? inner = null)
        : base(Format(fileName, problem, cylinder, head, byteOffset), inner)
    {
        FileName = fileName;
        Problem = problem;
        Cylinder = cylinder;
        Head = head;
        ByteOffset = byteOffset;
    }

    /// <summary>The image file (or the name a caller gave an in-memory image).</summary>
    public string FileName { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    public int? Cylinder { get; }

    public int? Head { get; }

    /// <summary>Offset in the file (not in the track) of the faulty byte, when one is known.</summary>
    public long? ByteOffset { get; }

    /// <summary>
    /// True when the file could not be reached at all (missing, not a regular file, no permission):
    /// a fault of the path given, not damage inside an image.
    /// </summary>
    public bool IsAccessFailure { get; init; }

    private static string Format(string fileName, string problem, int? cylinder, int? head, long? byteOffset)
    {
        var text = fileName;
        if (cylinder is int c && head is int h)
        {
            text += string.Format(CultureInfo.InvariantCulture, ": track (cyl {0}, head {1})", c, h);
        }
        if (byteOffset is long offset)
        {
            text += string.Format(CultureInfo.InvariantCulture, ", byte offset {0} (0x{0:X})", offset);
        }
        return text + ": " + problem;
    }
}
