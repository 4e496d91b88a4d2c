using System;
using System.Buffers.Binary;
using System.Text;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// The 512-byte header at the start of every Hercules CKD and CCKD file (Hercules cckd.h CKD_DEVHDR, Hercules
/// cckd.h CKD_DEVHDR). Its numeric fields are little-endian, unlike everything on the volume.
/// </summary>
public readonly record struct CkdDeviceHeader(string DeviceId, int Heads, int TrackSize, byte DeviceType, byte FileSequence, ushort HighCylinder)
{
    public const int Size = 512;

    /// <summary>Device id of an uncompressed CKD file.</summary>
    public const string PlainId = "CKD_P370";

    /// <summary>Device id of a compressed CCKD file (Hercules cckd.h and cckddasd.c (compressed CCKD)).</summary>
    public const string CompressedId = "CKD_C370";

    /// <summary>dh_devtyp: the low byte of the device type, 0x90 for a 3390 (Hercules cckd.h CKD_DEVHDR).</summary>
    public const byte Type3390 = 0x90;

    public static CkdDeviceHeader Read(ReadOnlySpan<byte> bytes)
    {
        // The id is 8 ASCII bytes; anything unprintable is shown as '?' so an error message stays readable.
        var id = new StringBuilder(8);
        foreach (var b in bytes[..8]) id.Append(b is >= 0x20 and < 0x7F ? (char)b : '?');
        return new CkdDeviceHeader(
            id.ToString(),
            (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]),
            (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[12..]),
            bytes[16],
            bytes[17],
            BinaryPrimitives.ReadUInt16LittleEndian(bytes[18..]));
    }

    /// <summary>Writes the header; the serial and reserved bytes stay zero, as Hercules 3.13 dasdinit leaves them.</summary>
    public void Write(Span<byte> destination)
    {
        destination[..Size].Clear();
        Encoding.ASCII.GetBytes(DeviceId, destination);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[8..], (uint)Heads);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[12..], (uint)TrackSize);
        destination[16] = DeviceType;
        destination[17] = FileSequence;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[18..], HighCylinder);
    }
}
