using System;
using System.Buffers.Binary;

namespace S390Ccw.Runtime.Ipl;

/// <summary>
/// The 8-byte PSW an IPL loads from location 0, checked as an ESA/390 PSW (Hercules IPLs z/Architecture
/// machines in ESA/390 mode, SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)). A PSW that fails these checks is what Hercules reports as
/// "Invalid IPL PSW".
/// </summary>
public readonly record struct IplPsw(ulong Value)
{
    public uint Mask => (uint)(Value >> 32);

    public uint AddressWord => (uint)Value;

    /// <summary>Bit 12: must be one in ESA/390 (the EC-mode bit of S/370).</summary>
    public bool EsaFormatBit => (Value & 0x0008_0000_0000_0000UL) != 0;

    /// <summary>Bit 14: the wait state.</summary>
    public bool Wait => (Value & 0x0002_0000_0000_0000UL) != 0;

    /// <summary>Bits 6 and 7: I/O and external interruption masks; a wait with both off is a disabled wait.</summary>
    public bool Disabled => (Value & 0x0300_0000_0000_0000UL) == 0;

    /// <summary>Bit 32: 31-bit addressing.</summary>
    public bool Addressing31 => (Value & 0x8000_0000UL) != 0;

    public uint InstructionAddress => AddressWord & 0x7FFF_FFFF;

    public static IplPsw Read(ReadOnlySpan<byte> eightBytes) => new(BinaryPrimitives.ReadUInt64BigEndian(eightBytes));

    /// <summary>
    /// Why this PSW cannot be loaded, or null when it can. The early specification-exception checks of the
    /// ESA/390 PoP (SA22-7201, ch. 6 "Exceptions associated with the PSW"): bits 0 and 2-4 zero, bit 12 one,
    /// bits 24-31 zero, and in 24-bit mode instruction-address bits 33-39 zero.
    /// </summary>
    public string? Validate()
    {
        if (!EsaFormatBit) return "bit 12 is zero (not an ESA/390 PSW)";
        if ((Value & 0xB800_0000_0000_0000UL) != 0) return "bits 0 and 2-4 must be zero";
        if ((Value & 0x0000_00FF_0000_0000UL) != 0) return "bits 24-31 must be zero";
        if (!Addressing31 && (AddressWord & 0x7F00_0000) != 0) return "24-bit mode with an instruction address above 16 MiB";
        return null;
    }

    /// <summary>The two words as Hercules prints them, e.g. <c>000A0000 0000BEEF</c>.</summary>
    public override string ToString() => $"{Mask:X8} {AddressWord:X8}";
}
