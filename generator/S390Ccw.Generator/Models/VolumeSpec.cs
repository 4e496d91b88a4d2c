using S390Ccw.Generator.Helpers;

namespace S390Ccw.Generator.Models;

/// <summary>A volume the .ccw file describes: serial, geometry and records.</summary>
internal sealed record VolumeSpec(string Volser, string TypeName, string Model, int Cylinders, EquatableArray<RecordSpec> Records, int Line);
