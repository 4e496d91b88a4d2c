using System.Collections.Generic;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// Guest storage as the static walk knows it: bytes nobody loaded are zero (a cleared machine, as the
/// runtime's storage and QEMU's are), bytes the chain loaded are known, or unknown when the record
/// read is not known (no volume, or a record the volume does not define). Sparse: 4 KB pages.
/// </summary>
internal sealed class AbstractStorage
{
    private const int PageBits = 12;
    private const int PageSize = 1 << PageBits;
    private const uint PageMask = PageSize - 1;

    private readonly Dictionary<uint, Page> _pages = new();

    public void Write(uint address, byte[] bytes, int offset, int length)
    {
        for (int i = 0; i < length; i++)
        {
            uint a = unchecked(address + (uint)i);
            var page = GetPage(a);
            page.Value[a & PageMask] = bytes[offset + i];
            page.Unknown[a & PageMask] = false;
        }
    }

    public void WriteUnknown(uint address, int length)
    {
        for (int i = 0; i < length; i++)
        {
            uint a = unchecked(address + (uint)i);
            GetPage(a).Unknown[a & PageMask] = true;
        }
    }

    /// <summary>Copies bytes out; false when any of them is unknown.</summary>
    public bool TryRead(uint address, byte[] destination)
    {
        bool known = true;
        for (int i = 0; i < destination.Length; i++)
        {
            uint a = unchecked(address + (uint)i);
            if (_pages.TryGetValue(a >> PageBits, out var page))
            {
                destination[i] = page.Value[a & PageMask];
                known &= !page.Unknown[a & PageMask];
            }
            else
            {
                destination[i] = 0;
            }
        }
        return known;
    }

    /// <summary>The 8 bytes at a doubleword and a mask of the unknown ones (bit 7 = byte 0).</summary>
    public Doubleword ReadDoubleword(uint address)
    {
        var bytes = new byte[8];
        ulong value = 0;
        byte unknown = 0;
        TryRead(address, bytes);
        for (int i = 0; i < 8; i++)
        {
            value = (value << 8) | bytes[i];
            uint a = unchecked(address + (uint)i);
            if (_pages.TryGetValue(a >> PageBits, out var page) && page.Unknown[a & PageMask]) unknown |= (byte)(0x80 >> i);
        }
        return new Doubleword(value, unknown);
    }

    private Page GetPage(uint address)
    {
        uint key = address >> PageBits;
        if (!_pages.TryGetValue(key, out var page))
        {
            page = new Page();
            _pages.Add(key, page);
        }
        return page;
    }

    private sealed class Page
    {
        public readonly byte[] Value = new byte[PageSize];
        public readonly bool[] Unknown = new bool[PageSize];
    }
}

/// <summary>Eight bytes of <see cref="AbstractStorage"/>, big-endian, with the mask of unknown bytes.</summary>
internal readonly record struct Doubleword(ulong Value, byte UnknownMask)
{
    public bool IsKnown => UnknownMask == 0;

    /// <summary>Provably the same bytes: both fully known and equal.</summary>
    public bool SameAs(Doubleword other) => IsKnown && other.IsKnown && Value == other.Value;

    public byte[] ToBytes()
    {
        var bytes = new byte[8];
        for (int i = 0; i < 8; i++) bytes[i] = (byte)(Value >> (56 - (8 * i)));
        return bytes;
    }
}
