using System;

namespace S390Ccw.Language.Encoding;

/// <summary>
/// One channel command word, independent of its storage format. Every byte the generator, the CLI
/// and the runtime see passes through <see cref="Encode"/> and <see cref="Decode(CcwFormat, byte[], int)"/>.
/// </summary>
public readonly record struct Ccw(byte Command, CcwFlags Flags, ushort Count, uint DataAddress)
{
    public const int Size = 8;

    /// <summary>Format-0 CCWs carry a 24-bit data address (SA22-7832 ch. 15, "Channel-Command Word" formats).</summary>
    public const uint Format0AddressLimit = 0x0100_0000;

    /// <summary>Format-1 CCWs carry a 31-bit data address.</summary>
    public const uint Format1AddressLimit = 0x8000_0000;

    public bool IsTransferInChannel(CcwFormat format) => CommandClassifier.IsTic(Command, format);

    public bool Has(CcwFlags flag) => (Flags & flag) == flag;

    /// <summary>Writes the 8 bytes of this CCW, big-endian (format-0 byte 5 is written as zero).</summary>
    public void Encode(CcwFormat format, byte[] destination, int offset)
    {
        if (destination is null) throw new ArgumentNullException(nameof(destination));
        if (offset < 0 || offset > destination.Length - Size) throw new ArgumentOutOfRangeException(nameof(offset));
        if (format == CcwFormat.Format0)
        {
            destination[offset] = Command;
            destination[offset + 1] = (byte)(DataAddress >> 16);
            destination[offset + 2] = (byte)(DataAddress >> 8);
            destination[offset + 3] = (byte)DataAddress;
            destination[offset + 4] = (byte)Flags;
            destination[offset + 5] = 0;
            destination[offset + 6] = (byte)(Count >> 8);
            destination[offset + 7] = (byte)Count;
        }
        else
        {
            destination[offset] = Command;
            destination[offset + 1] = (byte)Flags;
            destination[offset + 2] = (byte)(Count >> 8);
            destination[offset + 3] = (byte)Count;
            destination[offset + 4] = (byte)(DataAddress >> 24);
            destination[offset + 5] = (byte)(DataAddress >> 16);
            destination[offset + 6] = (byte)(DataAddress >> 8);
            destination[offset + 7] = (byte)DataAddress;
        }
    }

    public byte[] ToBytes(CcwFormat format)
    {
        var bytes = new byte[Size];
        Encode(format, bytes, 0);
        return bytes;
    }

    /// <summary>
    /// Reads 8 bytes as a CCW of the given format. Bits the format does not define (format-0 byte 5)
    /// are dropped; format-1 address bit 0 is kept so that the channel can reject it.
    /// </summary>
    public static Ccw Decode(CcwFormat format, byte[] source, int offset)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        if (offset < 0 || offset > source.Length - Size) throw new ArgumentOutOfRangeException(nameof(offset));
        if (format == CcwFormat.Format0)
        {
            uint address = ((uint)source[offset + 1] << 16) | ((uint)source[offset + 2] << 8) | source[offset + 3];
            ushort count = (ushort)((source[offset + 6] << 8) | source[offset + 7]);
            return new Ccw(source[offset], (CcwFlags)source[offset + 4], count, address);
        }
        else
        {
            ushort count = (ushort)((source[offset + 2] << 8) | source[offset + 3]);
            uint address = ((uint)source[offset + 4] << 24) | ((uint)source[offset + 5] << 16)
                | ((uint)source[offset + 6] << 8) | source[offset + 7];
            return new Ccw(source[offset], (CcwFlags)source[offset + 1], count, address);
        }
    }

    /// <summary>
    /// A CCW from its doubleword as fetched (big-endian), the same decode as <see cref="Decode(CcwFormat, byte[], int)"/>:
    /// the channel, the static analysis and the prefetch copy all read CCWs through it.
    /// </summary>
    public static Ccw Decode(CcwFormat format, ulong raw)
    {
        byte code = (byte)(raw >> 56);
        return format == CcwFormat.Format0
            ? new Ccw(code, (CcwFlags)(byte)(raw >> 24), (ushort)raw, (uint)(raw >> 32) & 0x00FF_FFFF)
            : new Ccw(code, (CcwFlags)(byte)(raw >> 48), (ushort)(raw >> 32), (uint)raw);
    }

    /// <summary>
    /// The format-1 view of a format-0 CCW, as QEMU and vfio-ccw convert it (SA22-7832 ch. 15, "Channel-Command Word" formats): a TIC
    /// becomes opcode 0x08 with flags and count forced to zero.
    /// </summary>
    public Ccw ToFormat1View(CcwFormat from)
    {
        if (from == CcwFormat.Format0 && (Command & 0x0F) == CommandCodes.TransferInChannel)
            return new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, DataAddress);
        return this;
    }

    public override string ToString() =>
        $"{Command:X2} flags={(byte)Flags:X2} count={Count} addr={DataAddress:X8}";
}
