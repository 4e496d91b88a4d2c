using System.Collections.Generic;
using System.Linq;
using S390Ccw.Generator.Helpers;
using S390Ccw.Language;
using S390Ccw.Language.Analysis;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Generator.Models;

/// <summary>
/// The prefetch hazards of a program model, from the language core's analysis of the program started
/// on its own (what ChannelProgram.Start does), with the volume whose records hold it (or the file's
/// only volume). A program that is an IPL1 record is started by the IPL, not on its own: none.
/// </summary>
internal static class ProgramHazards
{
    /// <summary>The program's hazards as the emitter needs them; null when it has none.</summary>
    public static HazardSpec? Summarize(ProgramSpec p, EquatableArray<VolumeSpec> volumes)
    {
        var hazards = Find(p, volumes);
        if (hazards.Count == 0) return null;
        return new HazardSpec(hazards[0].Diagnostic.Message, hazards.All(h => h.Kind == PrefetchHazardKind.SafeWithBiosSplit));
    }

    public static IReadOnlyList<PrefetchHazard> Find(ProgramSpec p, EquatableArray<VolumeSpec> volumes)
    {
        if (p.Ccws.Count == 0) return System.Array.Empty<PrefetchHazard>();
        var bytes = p.Bytes.ToArray();
        VolumeSpec? home = null;
        foreach (var v in volumes)
        {
            foreach (var r in v.Records)
            {
                if (!r.Data.SequenceEqual(bytes)) continue;
                if (r.Cylinder == 0 && r.Head == 0 && r.Record == 1) return System.Array.Empty<PrefetchHazard>();
                home ??= v;
            }
        }
        if (home is null && volumes.Count == 1) home = volumes[0];
        var splits = p.SplitTics.Select(tic => (tic, p.Ccws.FirstOrDefault(c => c.Address == tic)?.DataAddress ?? 0)).ToList();
        return PrefetchAnalysis.AnalyzeProgram(p.Name, (CcwFormat)p.Format, p.Origin, bytes, p.Ccws[0].Address, splits, home is null ? null : Volume(home));
    }

    private static VolumeDefinition Volume(VolumeSpec v)
    {
        var model = Dasd3390Model.TryGet(v.Model, out var known) ? known with { Cylinders = v.Cylinders } : Dasd3390Model.ForCylinders(v.Cylinders);
        var records = v.Records.Select(r => new RecordDefinition(new Cchhr(r.Cylinder, r.Head, r.Record), r.Key.ToArray(), r.Data.ToArray(), default, null)).ToList();
        return new VolumeDefinition(v.Volser, model, records, default);
    }
}
