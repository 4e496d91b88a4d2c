using System;

namespace S390Ccw.Runtime.Storage;

/// <summary>Storage keys and the key-checked accesses the channel makes.</summary>
public sealed partial class GuestStorage
{
    /// <summary>The key byte of the 4K block holding <paramref name="address"/>.</summary>
    public StorageKey GetKey(long address)
    {
        RequireInside(address, 1);
        return (StorageKey)_keys[address >> KeyBlockShift];
    }

    /// <summary>Sets the key byte of the 4K block holding <paramref name="address"/> (SSKE).</summary>
    public void SetKey(long address, StorageKey key)
    {
        RequireInside(address, 1);
        _keys[address >> KeyBlockShift] = (byte)key;
    }

    /// <summary>Sets the access-control key (0-15) and fetch protection of every block of an area.</summary>
    public void SetKey(long address, long length, int accessKey, bool fetchProtected = false)
    {
        if (accessKey < 0 || accessKey > 15) throw new ArgumentOutOfRangeException(nameof(accessKey));
        RequireInside(address, length);
        if (length == 0) return;
        byte value = (byte)((accessKey << 4) | (fetchProtected ? (int)StorageKey.FetchProtection : 0));
        for (long block = address >> KeyBlockShift; block <= (address + length - 1) >> KeyBlockShift; block++)
            _keys[block] = value;
    }

    /// <summary>
    /// Fetches guest bytes with an access key (0-15): addressing when outside storage, protection
    /// when a block is fetch-protected under another key (SA22-7832 ch. 3, "Fetch Protection").
    /// Sets the reference bit of every block touched. Nothing is copied when the check fails.
    /// </summary>
    public StorageAccess TryFetch(long address, Span<byte> destination, int accessKey)
    {
        if (!Contains(address, destination.Length)) return StorageAccess.Addressing;
        if (destination.Length == 0) return StorageAccess.Success;
        var check = CheckAndMark(address, destination.Length, accessKey, store: false);
        if (check != StorageAccess.Success) return check;
        CopyOut(address, destination);
        return StorageAccess.Success;
    }

    /// <summary>
    /// Stores guest bytes with an access key: addressing when outside storage, protection when the
    /// key of a block differs and the access key is not zero (SA22-7832 ch. 3, "Key-Controlled
    /// Protection"). Sets the reference and change bits. Nothing is stored when the check fails.
    /// </summary>
    public StorageAccess TryStore(long address, ReadOnlySpan<byte> source, int accessKey)
    {
        if (!Contains(address, source.Length)) return StorageAccess.Addressing;
        if (source.Length == 0) return StorageAccess.Success;
        var check = CheckAndMark(address, source.Length, accessKey, store: true);
        if (check != StorageAccess.Success) return check;
        CopyIn(address, source);
        return StorageAccess.Success;
    }

    /// <summary>Checks the keys of an area without moving data (used before a device consumes it).</summary>
    public StorageAccess Check(long address, int length, int accessKey, bool store)
    {
        if (!Contains(address, length)) return StorageAccess.Addressing;
        if (length == 0) return StorageAccess.Success;
        return CheckAndMark(address, length, accessKey, store);
    }

    /// <summary>
    /// The channel's CCW and IDAW fetch: 8 or fewer bytes that never cross a 4K block because the
    /// caller has checked their alignment. No copy, no allocation: the CCW loop runs it per CCW.
    /// </summary>
    internal StorageAccess TryFetchAligned(long address, int length, int accessKey, out ulong value)
    {
        value = 0;
        if (!Contains(address, length)) return StorageAccess.Addressing;
        long block = address >> KeyBlockShift;
        byte k = _keys[block];
        if (accessKey != 0 && (k & 0xF0) != (accessKey << 4) && (k & (byte)StorageKey.FetchProtection) != 0)
            return StorageAccess.Protection;
        _keys[block] = (byte)(k | (byte)StorageKey.Reference);
        ReadOnlySpan<byte> bytes;
        if (address + length <= _first.Length)
        {
            bytes = _first.AsSpan((int)address, length);
        }
        else
        {
            bytes = _chunks[(int)(address >> _chunkShift)].AsSpan((int)(address & _chunkMask), length);
        }
        value = length == 8 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes)
            : System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes);
        return StorageAccess.Success;
    }

    private StorageAccess CheckAndMark(long address, int length, int accessKey, bool store)
    {
        long first = address >> KeyBlockShift;
        long last = (address + length - 1) >> KeyBlockShift;
        int keyBits = accessKey << 4;
        if (accessKey != 0)
        {
            for (long block = first; block <= last; block++)
            {
                byte k = _keys[block];
                if ((k & 0xF0) == keyBits) continue;
                if (store || (k & (byte)StorageKey.FetchProtection) != 0) return StorageAccess.Protection;
            }
        }
        byte mark = store ? (byte)(StorageKey.Reference | StorageKey.Change) : (byte)StorageKey.Reference;
        for (long block = first; block <= last; block++)
            _keys[block] |= mark;
        return StorageAccess.Success;
    }
}
