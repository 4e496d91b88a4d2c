using System;
using System.IO;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;

namespace S390Ccw.Cli.Commands;

/// <summary>Opens Hercules disk images for the commands; a damaged image becomes one line naming file, track and offset.</summary>
internal static class ImageFiles
{
    /// <summary>True when the file starts with a Hercules CKD device id (CKD_P370, CKD_C370, …).</summary>
    public static bool LooksLikeImage(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var id = new byte[8];
            if (stream.Read(id, 0, 8) != 8) return false;
            string text = System.Text.Encoding.ASCII.GetString(id);
            return text.StartsWith("CKD_", StringComparison.Ordinal) || text.StartsWith("FBA_", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {path}: {e.Message}");
        }
    }

    public static ICkdTrackStore Open(string path, bool readOnly = true)
    {
        if (!File.Exists(path)) throw new CliException($"{path}: no such image file; build one with 'ccw mkdisk FILE.ccw -o {path}'");
        try
        {
            return CkdImage.Open(path, readOnly);
        }
        catch (DiskImageException e)
        {
            throw new CliException(e.Message);
        }
    }

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
            throw new CliException(e.Message);
        }
    }
}
