using S390Ccw.Generator.Helpers;

namespace S390Ccw.Generator.Models;

/// <summary>One record of a volume: its CCHHR, key and data bytes, and its .ccw line.</summary>
internal sealed record RecordSpec(int Cylinder, int Head, int Record, EquatableArray<byte> Key, EquatableArray<byte> Data, int Line);
