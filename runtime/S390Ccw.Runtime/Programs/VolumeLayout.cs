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
    /// The volume's tracks in memory: each track that has records formatted with HA and R0, then its records
    /// in record-number order (a record 0 replaces the standard R0). A record that does not fit its track by
    /// the 3390 capacity formula, or lies outside the volume, is refused with the record and track named.
    /// </summary>
    public MemoryTrackStore BuildStore()
    {
        var store = new MemoryTrackStore(Model);
        CkdTrack? track = null;
        foreach (var record in Records.OrderBy(r => r.Cylinder).ThenBy(r => r.Head).ThenBy(r => r.Record))
        {
            if (record.Cylinder < 0 || record.Cylinder >= Model.Cylinders || record.Head < 0 || record.Head >= Dasd3390Model.HeadsPerCylinder)
                throw new VolumeLayoutException($"record {record.Address} lies outside the volume ({Model.Cylinders} cylinders, 15 heads)");
            if (record.Record is < 0 or > 255)
                throw new VolumeLayoutException($"record {record.Address}: a record number is 0..255", record.Cylinder, record.Head);
            if (track is null || track.Cylinder != record.Cylinder || track.Head != record.Head)
            {
                if (track is not null) store.WriteTrack(track);
                track = CkdTrack.Empty(record.Cylinder, record.Head);
            }
            bool placed = record.Record == 0
                ? track.TryReplaceRecordZero((ushort)record.Cylinder, (ushort)record.Head, 0, record.Key, record.Data)
                : track.TryAppend((byte)record.Record, record.Key, record.Data);
            if (!placed)
            {
                throw new VolumeLayoutException(
                    $"record {record.Address} (KL {record.Key.Length}, DL {record.Data.Length}) does not fit: it needs {TrackCapacity.RecordSpace(record.Key.Length, record.Data.Length)} bytes of the track and {TrackCapacity.TrackLength - track.UsedCapacity} of {TrackCapacity.TrackLength} are left (3390 capacity formula)",
                    record.Cylinder, record.Head);
            }
        }
        if (track is not null) store.WriteTrack(track);
        return store;
    }

    /// <summary>
    /// Writes the volume as a Hercules CKD image (dasdinit's file naming and null tracks for the tracks
    /// it does not define), through a temporary file renamed into place. Returns the files written.
    /// </summary>
    public IReadOnlyList<string> WriteImage(string path, CkdImageOptions? options = null) =>
        CkdImageWriter.Write(path, BuildStore(), options);
}
