using System;
using System.Collections.Generic;
using S390Ccw.Language.Qemu;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// Guest storage as the static walk knows it: bytes nobody loaded are zero (a cleared machine, as the
/// runtime's storage and QEMU's are), bytes the chain loaded are known, or unknown when the record
/// read is not known (no volume, or a record the volume does not define). Sparse: 4 KB pages.
/// </summary>
internal sealed class AbstractStorage : IQemuStorage
{
    private const int PageBits = 12;
    private const int PageSize = 1 << PageBits;
    private const uint PageMask = PageSize - 1;

    private readonly Dictionary<uint, Page> _pages = new();

    public void Write(uint address, byte[] bytes, int offset, int length)
    {
        // Page by page: an IPL chain reads tens of kilobytes at a time.
        while (length > 0)
        {
            var page = GetPage(address);
            int at = (int)(address & PageMask);
            int n = Math.Min(length, PageSize - at);
            Array.Copy(bytes, offset, page.Value, at, n);
            Array.Clear(page.Unknown, at, n);
            address = unchecked(address + (uint)n);
            offset += n;
            length -= n;
        }
    }

    public void WriteUnknown(uint address, int length)
    {
        while (length > 0)
        {
            var page = GetPage(address);
            int at = (int)(address & PageMask);
            int n = Math.Min(length, PageSize - at);
            for (int i = 0; i < n; i++) page.Unknown[at + i] = true;
            address = unchecked(address + (uint)n);
            length -= n;
        }
    }

    bool IQemuStorage.TryReadDoubleword(uint address, out ulong value)
    {
        var dw = ReadDoubleword(address);
        value = dw.Value;
        return dw.IsKnown;
    }

    void IQemuStorage.WriteDoubleword(uint address, ulong value)
    {
        var bytes = new byte[8];
        for (int i = 0; i < 8; i++) bytes[i] = (byte)(value >> (56 - (8 * i)));
        Write(address, bytes, 0, 8);
    }

    /// <summary>A deep copy, for the walk of another possible outcome.</summary>
    public AbstractStorage Clone()
    {
        var copy = new AbstractStorage();
        foreach (var pair in _pages) copy._pages.Add(pair.Key, pair.Value.Clone());
        return copy;
    }

    /// <summary>The page number of an address (pages are 4 KB).</summary>
    public static uint PageOf(uint address) => address >> PageBits;

    /// <summary>A copy of a page as it is now, or null for a page nothing was stored in (all zero bytes).</summary>
    public Page? CopyPage(uint pageNumber) => _pages.TryGetValue(pageNumber, out var page) ? page.Clone() : null;

    /// <summary>The doubleword at an aligned address of a page copy (null: a page of zeros).</summary>
    public static Doubleword ReadDoubleword(Page? page, uint address) =>
        page is null ? new Doubleword(0, 0) : page.ReadDoubleword((int)(address & PageMask));

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
        int at = (int)(address & PageMask);
        if (at <= PageSize - 8)
        {
            // An aligned doubleword never crosses a page.
            return _pages.TryGetValue(address >> PageBits, out var page) ? page.ReadDoubleword(at) : new Doubleword(0, 0);
        }
        var bytes = new byte[8];
        ulong value = 0;
        byte unknown = 0;
        TryRead(address, bytes);
        for (int i = 0; i < 8; i++)
        {
            value = (value << 8) | bytes[i];
            uint a = unchecked(address + (uint)i);
            if (_pages.TryGetValue(a >> PageBits, out var other) && other.Unknown[a & PageMask]) unknown |= (byte)(0x80 >> i);
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

    internal sealed class Page
    {
        public readonly byte[] Value = new byte[PageSize];
        public readonly bool[] Unknown = new bool[PageSize];

        public Page Clone()
        {
            var copy = new Page();
            Array.Copy(Value, copy.Value, PageSize);
            Array.Copy(Unknown, copy.Unknown, PageSize);
            return copy;
        }

        public Doubleword ReadDoubleword(int at)
        {
            ulong value = 0;
            byte unknown = 0;
            for (int i = 0; i < 8; i++)
            {
                value = (value << 8) | Value[at + i];
                if (Unknown[at + i]) unknown |= (byte)(0x80 >> i);
            }
            return new Doubleword(value, unknown);
        }
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
