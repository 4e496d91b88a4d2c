using System;
using S390Ccw.Language.Devices;

namespace S390Ccw.Runtime.Programs;

/// <summary>One record of a volume layout: its address, key and data.</summary>
public sealed record VolumeRecord(int Cylinder, int Head, int Record, byte[] Key, byte[] Data)
{
    public Cchhr Address => new(Cylinder, Head, Record);

    public override string ToString() => $"{Address} KL={Key.Length} DL={Data.Length}";

    public bool Equals(VolumeRecord? other) =>
        other is not null && Cylinder == other.Cylinder && Head == other.Head && Record == other.Record
        && Key.AsSpan().SequenceEqual(other.Key) && Data.AsSpan().SequenceEqual(other.Data);

    public override int GetHashCode() => HashCode.Combine(Cylinder, Head, Record, Key.Length, Data.Length);
}
