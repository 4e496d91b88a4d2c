using S390Ccw.Generator.Helpers;

namespace S390Ccw.Generator.Models;

/// <summary>The generator's model of one .ccw source (a file, or the string of one inline attribute).</summary>
internal sealed record FileSpec(
    string HintName,
    string FilePath,
    string Namespace,
    string ClassName,
    EquatableArray<ProgramSpec> Programs,
    EquatableArray<VolumeSpec> Volumes,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool HasErrors);
