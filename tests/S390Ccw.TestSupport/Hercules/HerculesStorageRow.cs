using System.Collections.Immutable;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>
/// One row of an <c>r</c> display: <c>R:AAAAAAAA:K:kk=xxxxxxxx xxxxxxxx xxxxxxxx xxxxxxxx  text</c>.
/// Hercules always shows 16 bytes from the row address, whatever length was asked for, and prints
/// <c>R:AAAAAAAA: Real address is not valid</c> beyond main storage.
/// </summary>
public sealed class HerculesStorageRow
{
    public HerculesStorageRow(int lineNumber, uint address, byte? storageKey, ImmutableArray<byte> bytes)
    {
        LineNumber = lineNumber;
        Address = address;
        StorageKey = storageKey;
        Bytes = bytes.IsDefault ? ImmutableArray<byte>.Empty : bytes;
    }

    public int LineNumber { get; }

    public uint Address { get; }

    /// <summary>The storage key byte (<c>K:06</c> = key 0 with the reference and change bits); null for an invalid address.</summary>
    public byte? StorageKey { get; }

    /// <summary>The bytes shown; empty when the address is not valid.</summary>
    public ImmutableArray<byte> Bytes { get; }

    public bool IsValid => StorageKey is not null;
}
