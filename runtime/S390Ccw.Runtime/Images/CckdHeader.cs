using System;
using System.Buffers.Binary;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// The compressed-device header at file offset 512 of a CCKD file (Hercules cckd.h and cckddasd.c (compressed CCKD), Hercules cckd.h
/// CCKDDASD_DEVHDR). Numbers are little-endian unless option bit 0x02 says the file is big-endian;
/// the L1 and L2 tables follow the same byte order.
/// </summary>
public readonly record struct CckdHeader(
    byte Version, byte Release, byte Modification, byte Options, int L1Entries, int L2Entries,
    uint FileSize, uint UsedSize, int Cylinders, byte NullFormat, byte Compression)
{
    public const int Offset = 512;

    public const int Size = 512;

    /// <summary>File offset of the L1 table: right after the two headers.</summary>
    public const int L1Offset = Offset + Size;

    /// <summary>Option bit: numbers in the file are big-endian.</summary>
    public const byte BigEndianOption = 0x02;

    /// <summary>Tracks one L2 table covers (256 entries of 8 bytes).</summary>
    public const int TracksPerL2 = 256;

    public const int L2EntrySize = 8;

    public bool IsBigEndian => (Options & BigEndianOption) != 0;

    public static CckdHeader Read(ReadOnlySpan<byte> bytes)
    {
        bool big = (bytes[3] & BigEndianOption) != 0;
        return new CckdHeader(
            bytes[0], bytes[1], bytes[2], bytes[3],
            (int)Math.Min(U32(bytes, 4, big), int.MaxValue),
            (int)Math.Min(U32(bytes, 8, big), int.MaxValue),
            U32(bytes, 12, big),
            U32(bytes, 16, big),
            (int)Math.Min(U32(bytes, 40, big), int.MaxValue),
            bytes[44],
            bytes[45]);
    }

    private static uint U32(ReadOnlySpan<byte> bytes, int at, bool big) =>
        big ? BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);

    public uint ReadUInt32(ReadOnlySpan<byte> bytes) =>
        IsBigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);

    public ushort ReadUInt16(ReadOnlySpan<byte> bytes) =>
        IsBigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
}
