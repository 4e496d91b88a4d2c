using System;
using System.IO;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Images;

namespace S390Ccw.Fuzz.Targets;

/// <summary>
/// Bytes → a disk image file → open (CKD or CCKD by its device id) → list (geometry, every track's
/// records, keys and data). The input is laid over the start of an empty one-cylinder CKD image, so
/// a short input (a header and a track or two) still makes a whole file. Property: the only exception
/// is <see cref="DiskImageException"/>, and a track that is read keeps its records inside its image.
/// </summary>
public static class ImageTarget
{
    private static readonly Lazy<byte[]> Template = new(BuildTemplate);
    private static readonly string Work = Path.Combine(Path.GetTempPath(), $"s390ccw-fuzz-image-{Environment.ProcessId}.3390");

    /// <summary>Bytes of the work file that the last input changed; only these go back to the template's.</summary>
    private static int _dirty = -1;

    public static void Run(byte[] input)
    {
        Prepare(input);
        try
        {
            using var store = CkdImage.Open(Work, readOnly: true);
            for (int c = 0; c < store.Cylinders && c < 2; c++)
            {
                for (int h = 0; h < store.Heads; h++)
                {
                    ReadOne(store, c, h);
                }
            }
        }
        catch (DiskImageException)
        {
            // An architected answer: the image is damaged, and the message names where.
        }
    }

    private static void ReadOne(S390Ccw.Runtime.Devices.Eckd.ICkdTrackStore store, int c, int h)
    {
        try
        {
            var track = store.ReadTrack(c, h);
            for (int i = 0; i < track.Records.Count; i++)
            {
                var r = track.Records[i];
                if (r.EndOffset > track.Image.Length) throw new FuzzPropertyException($"record {i} of track ({c},{h}) ends at {r.EndOffset}, past the track image");
                _ = track.Key(i).Length + track.Data(i).Length;
            }
        }
        catch (DiskImageException)
        {
            // One damaged track does not stop the listing, as `ccw ls` reads on.
        }
    }

    /// <summary>
    /// The work file is the template with the input over its start. Rewriting 850 KB per execution would
    /// bound the campaign by the disk, so only what the last input changed is put back.
    /// </summary>
    private static void Prepare(byte[] input)
    {
        var template = Template.Value;
        using var file = new FileStream(Work, FileMode.OpenOrCreate, FileAccess.Write);
        if (_dirty < 0)
        {
            file.Write(template);
            _dirty = 0;
        }
        int restoreEnd = Math.Min(_dirty, template.Length);
        if (restoreEnd > input.Length)
        {
            file.Position = input.Length;
            file.Write(template, input.Length, restoreEnd - input.Length);
        }
        file.SetLength(Math.Max(template.Length, input.Length));
        file.Position = 0;
        file.Write(input);
        _dirty = input.Length;
    }

    private static byte[] BuildTemplate()
    {
        string folder = Directory.CreateTempSubdirectory("s390ccw-fuzz-template-").FullName;
        try
        {
            string path = Path.Combine(folder, "empty.3390");
            CkdImageWriter.CreateEmpty(path, Dasd3390Model.Model1 with { Cylinders = 1 }, "FUZZ01");
            return File.ReadAllBytes(path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
