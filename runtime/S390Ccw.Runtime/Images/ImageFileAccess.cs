using System;
using System.IO;
using Microsoft.Win32.SafeHandles;
using S390Ccw.Language.Files;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// Opens an image file only when it is a regular file: open(2) of a FIFO blocks until a writer comes,
/// and /dev/zero is endless. Every refusal and file-system failure becomes a <see cref="DiskImageException"/>
/// in words of our own (with the path), never a bare .NET message.
/// </summary>
internal static class ImageFileAccess
{
    public static SafeFileHandle Open(string path, FileAccess access)
    {
        string? problem = InputFile.CheckRegularFile(path);
        if (problem is not null) throw new DiskImageException(path, problem == "no such file or folder" || problem == "no such file" ? "no such image file" : problem) { IsAccessFailure = true };
        try
        {
            return File.OpenHandle(path, FileMode.Open, access, FileShare.Read);
        }
        catch (Exception e) when (InputFile.IsFileSystemError(e))
        {
            throw new DiskImageException(path, "cannot open the image: " + InputFile.Describe(e), inner: e) { IsAccessFailure = true };
        }
    }
}
