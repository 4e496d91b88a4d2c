using System;
using System.Collections.Generic;
using S390Ccw.Language.Devices;

namespace S390Ccw.Language.Binding;

/// <summary>
/// The VTOC that <c>standard track0</c> writes where its VOL1 label points (cylinder 0 head 1 unless moved): a format-4
/// DSCB describing the VTOC and the device, format-5 DSCBs mapping the free tracks, and format-0 (empty)
/// DSCBs filling the track, as a freshly initialised volume has them. Each DSCB is a keyed record of 44
/// key and 96 data bytes. Layouts: IBM z/OS DFSMSdfp Advanced Services (SC23-6861), "Format-4 DSCB",
/// "Format-5 DSCB"; the same fields as Hercules dasdblks.h (FORMAT4_DSCB, FORMAT5_DSCB) and s390-tools
/// libvtoc (format4_label_t, format5_label_t).
/// </summary>
internal static class Vtoc
{
    /// <summary>Where a VTOC usually sits: the track after the labels, as fdasd and ICKDSF place it on a CDL volume.</summary>
    public static readonly (int Cylinder, int Head) DefaultTrack = (0, 1);

    public const int KeyLength = 44;

    public const int DataLength = 96;

    /// <summary>Extents one format-5 DSCB holds: 8 in its key (after the 4-byte key id), 18 in its data.</summary>
    private const int ExtentsPerFormat5 = 26;

    /// <summary>50 on a 3390 (the track capacity formula for a 44-byte key and 96 bytes of data).</summary>
    public static int DscbsPerTrack => TrackCapacity.RecordsPerTrack(KeyLength, DataLength);

    /// <summary>The VTOC's records R1 to R<see cref="DscbsPerTrack"/> on its track; a track is free when it is not track 0, not the VTOC's, and holds no record.</summary>
    public static IReadOnlyList<(Cchhr Address, byte[] Key, byte[] Data)> Build(Dasd3390Model model, (int Cylinder, int Head) track, ISet<(int Cylinder, int Head)> usedTracks)
    {
        var (cylinder, head) = track;
        // Relative track addresses are 2 bytes: a volume past 65,535 tracks (or a map too long for the track)
        // gets an empty format 5 and the DOS bit, which tells the system to rebuild the free-space map itself.
        var free = model.Tracks > 0xFFFF ? new List<(int Start, int Count)>() : FreeExtents(model, track, usedTracks);
        int slots = DscbsPerTrack;
        int format5Count = Math.Max(1, (free.Count + ExtentsPerFormat5 - 1) / ExtentsPerFormat5);
        bool rebuild = model.Tracks > 0xFFFF || format5Count > slots - 1;
        if (rebuild)
        {
            free.Clear();
            format5Count = 1;
        }
        var records = new List<(Cchhr, byte[], byte[])>();
        int format0Count = slots - 1 - format5Count;
        records.Add((new Cchhr(cylinder, head, 1), Repeat(0x04, KeyLength), Format4(model, track, format0Count, rebuild)));
        for (int i = 0; i < format5Count; i++)
        {
            int first = i * ExtentsPerFormat5;
            var extents = free.GetRange(first, Math.Min(ExtentsPerFormat5, Math.Max(0, free.Count - first)));
            Cchhr? next = i + 1 < format5Count ? new Cchhr(cylinder, head, 3 + i) : null;
            var (key, data) = Format5(extents, next);
            records.Add((new Cchhr(cylinder, head, 2 + i), key, data));
        }
        for (int r = 2 + format5Count; r <= slots; r++) records.Add((new Cchhr(cylinder, head, r), new byte[KeyLength], new byte[DataLength]));
        return records;
    }

    /// <summary>Runs of free tracks as (first relative track, count), in track order.</summary>
    private static List<(int Start, int Count)> FreeExtents(Dasd3390Model model, (int Cylinder, int Head) vtoc, ISet<(int Cylinder, int Head)> usedTracks)
    {
        var extents = new List<(int, int)>();
        int start = -1;
        for (int track = 0; track <= model.Tracks; track++)
        {
            int c = track / Dasd3390Model.HeadsPerCylinder, h = track % Dasd3390Model.HeadsPerCylinder;
            bool isFree = track < model.Tracks && track != 0 && (c, h) != vtoc && !usedTracks.Contains((c, h));
            if (isFree && start < 0) start = track;
            if (!isFree && start >= 0)
            {
                extents.Add((start, track - start));
                start = -1;
            }
        }
        return extents;
    }

    private static byte[] Format4(Dasd3390Model model, (int Cylinder, int Head) track, int format0Count, bool rebuildFreeSpace)
    {
        var d = new byte[DataLength];
        d[0] = 0xF4;                                              // DS4IDFMT
        // DS4HPCHR (1-5) stays zero: there is no format-1 DSCB yet (as s390-tools vtoc_init_format4_label leaves it).
        WriteHalf(d, 6, format0Count);                            // DS4DSREC: empty DSCBs
        // DS4HCCHH, DS4NOATK (8-13): no alternate tracks are assigned.
        d[14] = rebuildFreeSpace ? (byte)0x80 : (byte)0x00;       // DS4VTOCI: X'80' = format-5 DSCBs not valid
        d[15] = 1;                                                // DS4NOEXT: the VTOC is one extent
        WriteHalf(d, 18, model.Cylinders);                        // DS4DEVSZ: cylinders, tracks per cylinder
        WriteHalf(d, 20, Dasd3390Model.HeadsPerCylinder);
        WriteHalf(d, 22, TrackCapacity.TrackLength);              // DS4DEVTK: 58786 for a 3390
        // DS4DEVI, DS4DEVL, DS4DEVK, DS4DEVTL (24-26, 28-29) are zero for a 3390, whose capacity is by cells.
        d[27] = 0x30;                                             // DS4DEVFG, as s390-tools vtoc_init_format4_label sets it
        d[30] = (byte)DscbsPerTrack;                              // DS4DEVDT
        d[31] = (byte)TrackCapacity.RecordsPerTrack(8, 256);      // DS4DEVDB: PDS directory blocks (8-byte key, 256 data)
        // DS4VTOCE (61-70): type X'01' (data extent), sequence 0, first and last CCHH, both the VTOC's one track.
        d[61] = 0x01;
        WriteHalf(d, 63, track.Cylinder);
        WriteHalf(d, 65, track.Head);
        WriteHalf(d, 67, track.Cylinder);
        WriteHalf(d, 69, track.Head);
        return d;
    }

    /// <summary>Key: X'05050505' and extents 1-8; data: X'F5', extents 9-26, the CCHHR of the next format 5 or zeros.</summary>
    private static (byte[] Key, byte[] Data) Format5(IReadOnlyList<(int Start, int Count)> extents, Cchhr? next)
    {
        var key = new byte[KeyLength];
        var data = new byte[DataLength];
        for (int i = 0; i < 4; i++) key[i] = 0x05;
        data[0] = 0xF5;
        for (int i = 0; i < extents.Count; i++)
        {
            var (start, count) = extents[i];
            var (target, offset) = i < 8 ? (key, 4 + (5 * i)) : (data, 1 + (5 * (i - 8)));
            // Relative track of the first free track, whole free cylinders, the odd tracks left over.
            WriteHalf(target, offset, start);
            WriteHalf(target, offset + 2, count / Dasd3390Model.HeadsPerCylinder);
            target[offset + 4] = (byte)(count % Dasd3390Model.HeadsPerCylinder);
        }
        if (next is { } n)
        {
            WriteHalf(data, 91, n.Cylinder);
            WriteHalf(data, 93, n.Head);
            data[95] = (byte)n.Record;
        }
        return (key, data);
    }

    private static byte[] Repeat(byte value, int count)
    {
        var bytes = new byte[count];
        for (int i = 0; i < count; i++) bytes[i] = value;
        return bytes;
    }

    private static void WriteHalf(byte[] buffer, int offset, int value) => DataEmitter.WriteBigEndian(buffer, offset, 2, (ulong)value);
}
