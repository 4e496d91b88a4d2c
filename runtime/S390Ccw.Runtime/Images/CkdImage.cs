using System;
using System.IO;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>Opens a Hercules 3390 image of either kind by its device id (s390.md §8.1).</summary>
public static class CkdImage
{
    /// <summary>
    /// A streaming store over <paramref name="path"/>: <see cref="CkdImageTrackStore"/> for CKD_P370
    /// (one file or several), <see cref="CckdImageTrackStore"/> (always read-only) for CKD_C370.
    /// </summary>
    public static ICkdTrackStore Open(string path, bool readOnly = false, int cachedTracks = CkdImageTrackStore.DefaultCachedTracks)
    {
        // A write of this folder's volumes killed after its commit point is carried out first
        // (CkdImageSwitch); a folder we cannot change is opened as it is.
        try
        {
            CkdImageSwitch.Recover(Path.GetDirectoryName(Path.GetFullPath(path))!, removeTemporaries: false);
        }
        catch (Exception e) when (S390Ccw.Language.Files.InputFile.IsFileSystemError(e))
        {
        }
        string first = CkdImageFileNames.ResolveFirstFile(path);
        if (IsCompressed(first)) return CckdImageTrackStore.Open(first, cachedTracks);
        return CkdImageTrackStore.Open(first, readOnly, cachedTracks);
    }

    private static bool IsCompressed(string path)
    {
        var id = new byte[8];
        using var handle = ImageFileAccess.Open(path, FileAccess.Read);
        return RandomAccess.Read(handle, id, 0) == 8 && System.Text.Encoding.ASCII.GetString(id) == CkdDeviceHeader.CompressedId;
    }
}
