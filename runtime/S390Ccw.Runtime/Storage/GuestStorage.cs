using System;
using System.Buffers.Binary;

namespace S390Ccw.Runtime.Storage;

/// <summary>
/// Real storage of the guest: a configurable size (default 16 MiB, at most 2 GiB, the 31-bit
/// address space), big-endian accessors and a storage key per 4K block.
/// </summary>
/// <remarks>
/// Two kinds of access exist. Host accessors (<see cref="ReadUInt32"/>, <see cref="Write"/>, …) are
/// for the program that sets the guest up; they throw on a bad address because that is a host bug.
/// Guest-path accessors (<see cref="TryFetch"/>, <see cref="TryStore"/>) are what the channel uses;
/// they never throw and report <see cref="StorageAccess"/> so the channel can end the program with
/// the architected condition. A .NET array cannot hold 2 GiB, so storage is kept in chunks of at
/// most 1 GiB; an access that straddles two chunks is split.
/// </remarks>
public sealed partial class GuestStorage
{
    public const long DefaultSize = 16L * 1024 * 1024;
    public const long MaximumSize = 2L * 1024 * 1024 * 1024;

    /// <summary>The storage-key block size (4K; SA22-7832 ch. 3).</summary>
    public const int KeyBlockSize = 4096;
    private const int KeyBlockShift = 12;

    private const int DefaultChunkShift = 30;

    private readonly byte[][] _chunks;
    private readonly byte[] _first;
    private readonly int _chunkShift;
    private readonly long _chunkMask;
    private readonly byte[] _keys;

    public GuestStorage(long size = DefaultSize)
        : this(size, DefaultChunkShift)
    {
    }

    /// <summary>Tests use a small chunk size to exercise accesses that straddle two chunks.</summary>
    internal GuestStorage(long size, int chunkShift)
    {
        if (size < KeyBlockSize || size > MaximumSize || size % KeyBlockSize != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size,
                $"Storage size must be a multiple of {KeyBlockSize} between {KeyBlockSize} and {MaximumSize} bytes.");
        }
        if (chunkShift < KeyBlockShift || chunkShift > DefaultChunkShift)
            throw new ArgumentOutOfRangeException(nameof(chunkShift));

        Size = size;
        _chunkShift = chunkShift;
        _chunkMask = (1L << chunkShift) - 1;
        long chunkSize = 1L << chunkShift;
        int chunkCount = (int)((size + chunkSize - 1) / chunkSize);
        _chunks = new byte[chunkCount][];
        for (int i = 0; i < chunkCount; i++)
        {
            long length = Math.Min(chunkSize, size - (i * chunkSize));
            _chunks[i] = new byte[length];
        }
        _first = _chunks[0];
        _keys = new byte[size >> KeyBlockShift];
    }

    /// <summary>Configured size in bytes.</summary>
    public long Size { get; }

    /// <summary>True when every byte of [address, address + length) lies inside storage.</summary>
    public bool Contains(long address, long length) =>
        address >= 0 && length >= 0 && address <= Size && length <= Size - address;

    /// <summary>
    /// The bytes at an address as a span when the area lies inside one chunk (always true for
    /// storage up to 1 GiB); hot paths use it to avoid a copy. False when the area is outside
    /// storage or straddles chunks.
    /// </summary>
    internal bool TryGetSpan(long address, int length, out Span<byte> span)
    {
        if (!Contains(address, length))
        {
            span = default;
            return false;
        }
        if (address + length <= _first.Length)
        {
            span = _first.AsSpan((int)address, length);
            return true;
        }
        int chunk = (int)(address >> _chunkShift);
        long offset = address & _chunkMask;
        byte[] bytes = _chunks[chunk];
        if (offset + length > bytes.Length)
        {
            span = default;
            return false;
        }
        span = bytes.AsSpan((int)offset, length);
        return true;
    }

    /// <summary>Copies storage to a host buffer. Throws when the area is outside storage (host use only).</summary>
    public void Read(long address, Span<byte> destination)
    {
        RequireInside(address, destination.Length);
        CopyOut(address, destination);
    }

    /// <summary>Copies a host buffer into storage, ignoring keys. Throws when the area is outside storage (host use only).</summary>
    public void Write(long address, ReadOnlySpan<byte> source)
    {
        RequireInside(address, source.Length);
        CopyIn(address, source);
    }

    public byte[] ReadBytes(long address, int length)
    {
        var bytes = new byte[length];
        Read(address, bytes);
        return bytes;
    }

    public byte ReadByte(long address)
    {
        Span<byte> b = stackalloc byte[1];
        Read(address, b);
        return b[0];
    }

    public ushort ReadUInt16(long address)
    {
        Span<byte> b = stackalloc byte[2];
        Read(address, b);
        return BinaryPrimitives.ReadUInt16BigEndian(b);
    }

    public uint ReadUInt32(long address)
    {
        Span<byte> b = stackalloc byte[4];
        Read(address, b);
        return BinaryPrimitives.ReadUInt32BigEndian(b);
    }

    public ulong ReadUInt64(long address)
    {
        Span<byte> b = stackalloc byte[8];
        Read(address, b);
        return BinaryPrimitives.ReadUInt64BigEndian(b);
    }

    public void WriteByte(long address, byte value) => Write(address, stackalloc byte[] { value });

    public void WriteUInt16(long address, ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, value);
        Write(address, b);
    }

    public void WriteUInt32(long address, uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, value);
        Write(address, b);
    }

    public void WriteUInt64(long address, ulong value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(b, value);
        Write(address, b);
    }

    /// <summary>Zeroes an area (host use).</summary>
    public void Clear(long address, long length)
    {
        RequireInside(address, length);
        while (length > 0)
        {
            int chunk = (int)(address >> _chunkShift);
            long offset = address & _chunkMask;
            int n = (int)Math.Min(length, _chunks[chunk].Length - offset);
            _chunks[chunk].AsSpan((int)offset, n).Clear();
            address += n;
            length -= n;
        }
    }

    private void RequireInside(long address, long length)
    {
        if (!Contains(address, length))
        {
            throw new ArgumentOutOfRangeException(nameof(address), address,
                $"The area {address:X}+{length:X} is outside guest storage of {Size:X} bytes.");
        }
    }

    private void CopyOut(long address, Span<byte> destination)
    {
        if (address + destination.Length <= _first.Length)
        {
            _first.AsSpan((int)address, destination.Length).CopyTo(destination);
            return;
        }
        while (!destination.IsEmpty)
        {
            int chunk = (int)(address >> _chunkShift);
            long offset = address & _chunkMask;
            int n = (int)Math.Min(destination.Length, _chunks[chunk].Length - offset);
            _chunks[chunk].AsSpan((int)offset, n).CopyTo(destination);
            destination = destination.Slice(n);
            address += n;
        }
    }

    private void CopyIn(long address, ReadOnlySpan<byte> source)
    {
        if (address + source.Length <= _first.Length)
        {
            source.CopyTo(_first.AsSpan((int)address, source.Length));
            return;
        }
        while (!source.IsEmpty)
        {
            int chunk = (int)(address >> _chunkShift);
            long offset = address & _chunkMask;
            int n = (int)Math.Min(source.Length, _chunks[chunk].Length - offset);
            source.Slice(0, n).CopyTo(_chunks[chunk].AsSpan((int)offset, n));
            source = source.Slice(n);
            address += n;
        }
    }
}
