using System;
using System.Collections.Generic;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;

namespace S390Ccw.Runtime.Programs;

/// <summary>
/// A volume as a .ccw file describes it: serial, 3390 geometry and the records to place. Generated code
/// creates it; <see cref="BuildStore"/> formats the tracks in memory and <see cref="WriteImage"/> writes
/// the bootable Hercules image.
/// </summary>
public sealed class VolumeLayout
{
    public VolumeLayout(string volser, string model, int cylinders, IReadOnlyList<VolumeRecord> records)
    {
        Volser = volser ?? throw new ArgumentNullException(nameof(volser));
        Records = records ?? throw new ArgumentNullException(nameof(records));
        if (!Dasd3390Model.TryGet(model, out var known)) known = Dasd3390Model.ForCylinders(cylinders);
        Model = known with { Cylinders = cylinders };
    }

    /// <summary>The layout of a volume the language core assembled.</summary>
    public static VolumeLayout FromDefinition(S390Ccw.Language.VolumeDefinition volume)
    {
        if (volume is null) throw new ArgumentNullException(nameof(volume));
        var records = volume.Records
            .Select(r => new VolumeRecord(r.Address.Cylinder, r.Address.Head, r.Address.Record, r.Key, r.Data))
            .ToList();
        return new VolumeLayout(volume.Volser, volume.Model.Name, volume.Cylinders, records);
    }

    public string Volser { get; }

    public Dasd3390Model Model { get; }

    public IReadOnlyList<VolumeRecord> Records { get; }

    /// <summary>
    /// The volume's tracks in memory: every track formatted with HA and R0, then each track's records in
    /// record-number order (a record 0 replaces the standard R0). A record that does not fit its track, or
    /// lies outside the volume, is refused with the record named.
    /// </summary>
    public MemoryTrackStore BuildStore()
    {
        var store = new MemoryTrackStore(Model);
        foreach (var track in Records.GroupBy(r => (r.Cylinder, r.Head)).OrderBy(g => g.Key))
        {
            var (cylinder, head) = track.Key;
            if (cylinder >= Model.Cylinders || head >= Dasd3390Model.HeadsPerCylinder)
                throw new VolumeLayoutException($"record {track.First().Address} lies outside volume {Volser} ({Model.Cylinders} cylinders, 15 heads)");
            var ckd = CkdTrack.Empty(cylinder, head);
            foreach (var record in track.OrderBy(r => r.Record))
            {
                bool placed = record.Record == 0
                    ? ckd.TryReplaceRecordZero((ushort)cylinder, (ushort)head, 0, record.Key, record.Data)
                    : ckd.TryAppend((byte)record.Record, record.Key, record.Data);
                if (!placed)
                    throw new VolumeLayoutException($"record {record.Address} (KL={record.Key.Length}, DL={record.Data.Length}) does not fit track ({cylinder},{head}) of volume {Volser}");
            }
            store.WriteTrack(ckd);
        }
        return store;
    }

    /// <summary>
    /// Writes the volume as a Hercules CKD image (dasdinit's file naming and null tracks for the tracks
    /// it does not define), through a temporary file renamed into place. Returns the files written.
    /// </summary>
    public IReadOnlyList<string> WriteImage(string path, CkdImageOptions? options = null) =>
        CkdImageWriter.Write(path, BuildStore(), options);
}
