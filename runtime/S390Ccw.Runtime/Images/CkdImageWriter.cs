using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Programs;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// Creates uncompressed Hercules CKD images (s390.md §8.1, §8.2). Every file is written to a temporary
/// file in the target folder and renamed into place only when all of them are complete, so a failure
/// leaves any old image untouched.
/// </summary>
public static class CkdImageWriter
{
    /// <summary>
    /// An empty volume as Hercules 3.13 <c>dasdinit file 3390-m volser</c> writes it: track 0 holds R0,
    /// IPL1, IPL2 and VOL1 (<see cref="VolumeLabel"/>), every other track is a null track. A null
    /// <paramref name="volser"/> makes a raw volume (dasdinit -r) with no label. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> CreateEmpty(string path, Dasd3390Model model, string? volser, CkdImageOptions? options = null)
    {
        var track0 = volser is null ? null : VolumeLabel.Track0(volser);
        return Write(path, model.Cylinders, (c, h) => c == 0 && h == 0 ? track0 : null, options ?? CkdImageOptions.Default);
    }

    /// <summary>Writes every track of <paramref name="store"/>; tracks it never had written become null tracks.</summary>
    public static IReadOnlyList<string> Write(string path, MemoryTrackStore store, CkdImageOptions? options = null)
    {
        var tracks = store.WrittenTracks.ToDictionary(t => (t.Cylinder * store.Heads) + t.Head);
        return Write(path, store.Cylinders, (c, h) => tracks.GetValueOrDefault((c * store.Heads) + h), options ?? CkdImageOptions.Default);
    }

    /// <summary>
    /// A volume holding exactly <paramref name="records"/> (R0 of a track is replaced when a record 0 is
    /// given; records go on their track in record-number order). A record outside the volume or one that
    /// does not fit its track by the 3390 capacity formula fails with the file and the track named.
    /// </summary>
    public static IReadOnlyList<string> CreateFromRecords(string path, Dasd3390Model model, IEnumerable<VolumeRecord> records, CkdImageOptions? options = null)
    {
        MemoryTrackStore store;
        try
        {
            store = new VolumeLayout("", model.Name, model.Cylinders, records.ToList()).BuildStore();
        }
        catch (VolumeLayoutException e)
        {
            throw new DiskImageException(path, e.Message, e.Cylinder, e.Head);
        }
        return Write(path, store, options);
    }

    /// <summary>
    /// The writer behind the public entry points: <paramref name="trackAt"/> gives a track or null (a
    /// null track of <see cref="CkdImageOptions.NullFormat"/>). Tests feed it a source that fails midway.
    /// </summary>
    internal static IReadOnlyList<string> Write(string path, int cylinders, Func<int, int, CkdTrack?> trackAt, CkdImageOptions options)
    {
        if (cylinders < 1 || cylinders > Dasd3390Model.MaximumCylinders)
        {
            throw new DiskImageException(path, $"a 3390 volume has 1..{Dasd3390Model.MaximumCylinders} cylinders, not {cylinders}");
        }
        var plan = CkdImageLayout.Plan(path, cylinders, options.SingleFile);
        var temporaries = new List<string>(plan.Count);
        try
        {
            CkdImageSwitch.Recover(Path.GetDirectoryName(Path.GetFullPath(path))!, removeTemporaries: true);
            var nullTrack = new NullTrackTemplate(options.NullFormat);
            foreach (var file in plan)
            {
                string temporary = CkdImageSwitch.TemporaryFor(file.Path);
                temporaries.Add(temporary);
                WriteFile(temporary, file, trackAt, nullTrack, options.Sparse, options.Progress, cylinders);
            }
            // A multi-file volume written over a single file of the requested name: that file would be
            // opened in place of the new volume (CkdImageFileNames.ResolveFirstFile), so it goes.
            var obsolete = plan.Count > 1 && File.Exists(path) ? new[] { path } : Array.Empty<string>();
            CkdImageSwitch.Commit(path, temporaries.Select((t, i) => (t, plan[i].Path)).ToArray(), obsolete);
            return plan.Select(f => f.Path).ToArray();
        }
        catch (Exception e)
        {
            foreach (var temporary in temporaries) CkdImageSwitch.TryDelete(temporary);
            if (e is DiskImageException) throw;
            if (S390Ccw.Language.Files.InputFile.IsFileSystemError(e)) throw new DiskImageException(path, "cannot write the image: " + S390Ccw.Language.Files.InputFile.Describe(e), inner: e);
            throw;
        }
    }

    private static void WriteFile(string temporary, CkdImageLayout.File file, Func<int, int, CkdTrack?> trackAt, NullTrackTemplate nullTrack, bool sparse, IProgress<double>? progress, int totalCylinders)
    {
        const int heads = Dasd3390Model.HeadsPerCylinder;
        const int cylinderBytes = heads * CkdTrack.ImageSize;
        long length = CkdDeviceHeader.Size + ((long)file.Cylinders * cylinderBytes);
        using var handle = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.None, preallocationSize: sparse ? 0 : length);
        if (sparse) RandomAccess.SetLength(handle, length);

        var header = new byte[CkdDeviceHeader.Size];
        file.Header.Write(header);
        RandomAccess.Write(handle, header, 0);

        // One cylinder at a time through one buffer; each slot remembers how many bytes it holds, so
        // only those are cleared before the next track goes in (the rest of the buffer stays zero).
        var buffer = GC.AllocateUninitializedArray<byte>(cylinderBytes);
        buffer.AsSpan().Clear();
        var filled = new int[heads];
        long offset = CkdDeviceHeader.Size;
        for (int c = file.FirstCylinder; c < file.FirstCylinder + file.Cylinders; c++)
        {
            for (int h = 0; h < heads; h++)
            {
                var slot = buffer.AsSpan(h * CkdTrack.ImageSize, CkdTrack.ImageSize);
                var track = trackAt(c, h);
                int used = track?.UsedImageLength ?? nullTrack.Length;
                if (filled[h] > used) slot[used..filled[h]].Clear();
                if (track is null) nullTrack.WriteTo(slot, c, h);
                else track.Image[..used].CopyTo(slot);
                filled[h] = used;
                if (sparse) RandomAccess.Write(handle, slot[..used], offset + ((long)h * CkdTrack.ImageSize));
            }
            if (!sparse) RandomAccess.Write(handle, buffer, offset);
            offset += cylinderBytes;
            progress?.Report((double)(c + 1) / totalCylinders);
        }
    }
}
