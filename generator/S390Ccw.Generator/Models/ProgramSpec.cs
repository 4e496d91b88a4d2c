using S390Ccw.Generator.Helpers;

namespace S390Ccw.Generator.Models;

/// <summary>Everything the emitter writes for one channel program; equatable so unchanged programs are cached.</summary>
internal sealed record ProgramSpec(
    string Name,
    string TypeName,
    int Format,
    uint Origin,
    EquatableArray<byte> Bytes,
    EquatableArray<CcwSpec> Ccws,
    EquatableArray<LabelSpec> Labels,
    EquatableArray<uint> SplitTics,
    int Line,
    HazardSpec? Hazard = null);
