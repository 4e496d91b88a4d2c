using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The interruption-response block TEST SUBCHANNEL stores: SCSW (12) + ESW (20) + ECW (32) +
/// EMW (32) = 96 bytes (SA22-7832 ch. 16, "Subchannel-Status Word"). When the subchannel presents concurrent sense, the ESW's
/// extended-report word has bit 7 of byte 0 set with the sense count in byte 1, and the ECW holds
/// the sense bytes (Hercules channel.c ERW0_S / ERW1_SCNT; Linux struct erw "cons" and "scnt").
/// </summary>
public sealed class Irb
{
    public const int Size = 96;
    public const int EswOffset = 12;
    public const int EcwOffset = 32;
    public const int EmwOffset = 64;

    private readonly byte[] _extended;

    public Irb(Scsw scsw, ReadOnlySpan<byte> esw = default, ReadOnlySpan<byte> ecw = default, ReadOnlySpan<byte> emw = default)
    {
        if (esw.Length > 20 || ecw.Length > 32 || emw.Length > 32) throw new ArgumentException("ESW is 20 bytes, ECW and EMW 32.");
        Scsw = scsw;
        _extended = new byte[Size - Scsw.Size];
        esw.CopyTo(_extended);
        ecw.CopyTo(_extended.AsSpan(EcwOffset - Scsw.Size));
        emw.CopyTo(_extended.AsSpan(EmwOffset - Scsw.Size));
    }

    public Scsw Scsw { get; }

    /// <summary>The extended-status word, 20 bytes.</summary>
    public ReadOnlySpan<byte> Esw => _extended.AsSpan(0, 20);

    /// <summary>The extended-control word, 32 bytes: concurrent sense when <see cref="ConcurrentSense"/> is true.</summary>
    public ReadOnlySpan<byte> Ecw => _extended.AsSpan(EcwOffset - Scsw.Size, 32);

    public ReadOnlySpan<byte> Emw => _extended.AsSpan(EmwOffset - Scsw.Size, 32);

    /// <summary>ERW bit "concurrent sense" (ESW byte 4, 0x01).</summary>
    public bool ConcurrentSense => (Esw[4] & 0x01) != 0;

    /// <summary>The concurrent-sense bytes (ERW byte 1 low 6 bits give the count), empty if none.</summary>
    public ReadOnlySpan<byte> Sense => ConcurrentSense ? Ecw.Slice(0, Math.Min(32, Esw[5] & 0x3F)) : default;

    public static Irb FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Size) throw new ArgumentException($"An IRB is {Size} bytes; got {bytes.Length}.", nameof(bytes));
        return new Irb(Scsw.FromBytes(bytes), bytes.Slice(EswOffset, 20), bytes.Slice(EcwOffset, 32), bytes.Slice(EmwOffset, 32));
    }

    public void WriteTo(Span<byte> destination)
    {
        if (destination.Length < Size) throw new ArgumentException($"An IRB is {Size} bytes.", nameof(destination));
        Scsw.WriteTo(destination);
        _extended.CopyTo(destination.Slice(Scsw.Size));
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        WriteTo(bytes);
        return bytes;
    }
}
