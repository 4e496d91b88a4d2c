using System.Collections.Immutable;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>A requested storage range and its bytes as Hercules displayed them after the run.</summary>
public sealed class HerculesStorageRange
{
    public HerculesStorageRange(HerculesStorageRequest request, ImmutableArray<byte> bytes)
    {
        Request = request;
        Bytes = bytes;
    }

    public HerculesStorageRequest Request { get; }

    public uint Address => Request.Address;

    public int Length => Request.Length;

    /// <summary>Exactly <see cref="Length"/> bytes; default (<see cref="ImmutableArray{T}.IsDefault"/>) when Hercules did not show all of them.</summary>
    public ImmutableArray<byte> Bytes { get; }

    public bool IsAvailable => !Bytes.IsDefault;

    public override string ToString() =>
        $"{Address:X8}.{Length:X}: " + (IsAvailable ? Hex.Format(Bytes.AsSpan()) : "not shown");
}
