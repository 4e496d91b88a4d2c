using System;
using System.IO;
using S390Ccw.Language.Files;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;

namespace S390Ccw.Cli.Commands;

/// <summary>Opens Hercules disk images for the commands; a damaged image becomes one line naming file, track and offset.</summary>
internal static class ImageFiles
{
    /// <summary>True when the file starts with a Hercules CKD device id (CKD_P370, CKD_C370, …).</summary>
    public static bool LooksLikeImage(string path)
    {
        string? problem = InputFile.CheckRegularFile(path);
        if (problem is not null) throw new CliException($"cannot read {path}: {problem}");
        try
        {
            using var stream = File.OpenRead(path);
            var id = new byte[8];
            if (stream.Read(id, 0, 8) != 8) return false;
            string text = System.Text.Encoding.ASCII.GetString(id);
            return text.StartsWith("CKD_", StringComparison.Ordinal) || text.StartsWith("FBA_", StringComparison.Ordinal);
        }
        catch (Exception e) when (InputFile.IsFileSystemError(e))
        {
            throw new CliException($"cannot read {path}: {InputFile.Describe(e)}");
        }
    }

    /// <summary>
    /// The volume named <paramref name="path"/>: the file itself or, as dasdinit names a multi-file volume,
    /// its "_1" first file and the files after it (<see cref="CkdImageFileNames.ResolveFirstFile"/>).
    /// </summary>
    public static ICkdTrackStore Open(string path, bool readOnly = true)
    {
        try
        {
            return CkdImage.Open(path, readOnly);
        }
        catch (DiskImageException e) when (e.Problem == "no such image file")
        {
            throw new CliException($"{path}: no such image file; build one with 'ccw mkdisk FILE.ccw -o {path}'");
        }
        catch (DiskImageException e)
        {
            throw Damaged(e);
        }
    }

    /// <summary>The one line and exit code for an image that cannot be used: damage gets exit 3, a path that cannot be reached exit 2.</summary>
    public static CliException Damaged(DiskImageException e) =>
        e.IsAccessFailure ? new CliException(e.Message) : new CliException("the image is damaged at " + e.Message, ExitCodes.ImageDamaged);

    public static CkdTrack ReadTrack(ICkdTrackStore store, string path, int cylinder, int head)
    {
        if (cylinder < 0 || cylinder >= store.Cylinders || head < 0 || head >= store.Heads)
            throw new CliException($"{path}: track ({cylinder},{head}) is outside the volume ({store.Cylinders} cylinders, {store.Heads} heads)");
        try
        {
            return store.ReadTrack(cylinder, head);
        }
        catch (DiskImageException e)
        {
            throw Damaged(e);
        }
    }
}
