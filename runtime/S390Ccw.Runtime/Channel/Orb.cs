using System;
using System.Buffers.Binary;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The operation-request block, the operand of START SUBCHANNEL: 12 bytes, or 32 with the X bit
/// (SA22-7832 ch. 15, "Operation-Request Block"; Hercules esa390.h ORB4_*/ORB5_*/ORB7_*; QEMU ioinst.h). Every field is kept so that
/// <see cref="ToBytes"/> round-trips what <see cref="FromBytes"/> read, reserved bits included.
/// </summary>
public readonly record struct Orb
{
    public const int Size = 12;
    public const int ExtendedSize = 32;

    /// <summary>Word 0: stored at 0xBC with the I/O interruption.</summary>
    public uint InterruptionParameter { get; init; }

    /// <summary>Byte 4 bits 0-3: the key of every CCW, IDAW and data access.</summary>
    public byte Key { get; init; }

    /// <summary>S (byte 4, 0x08): the CCW suspend flag is allowed.</summary>
    public bool SuspendControl { get; init; }

    /// <summary>C (byte 4, 0x04): streaming mode (FICON), carried only.</summary>
    public bool StreamingMode { get; init; }

    /// <summary>M (byte 4, 0x02): modification control, carried only.</summary>
    public bool ModificationControl { get; init; }

    /// <summary>Y (byte 4, 0x01): synchronization control, carried only.</summary>
    public bool SynchronizationControl { get; init; }

    /// <summary>F (byte 5, 0x80): format-1 CCWs when set.</summary>
    public CcwFormat Format { get; init; }

    /// <summary>P (byte 5, 0x40): unlimited CCW prefetch allowed; reflected in the SCSW (SA22-7832 ch. 15, ORB prefetch control; Linux drivers/s390/cio/vfio_ccw_cp.c).</summary>
    public bool Prefetch { get; init; }

    /// <summary>I (byte 5, 0x20): initial-status interruption.</summary>
    public bool InitialStatusInterruption { get; init; }

    /// <summary>A (byte 5, 0x10): address-limit checking, carried only.</summary>
    public bool AddressLimitChecking { get; init; }

    /// <summary>U (byte 5, 0x08): suppress the suspended interruption.</summary>
    public bool SuppressSuspendedInterruption { get; init; }

    /// <summary>B (byte 5, 0x04): transport mode (TCW). SSCH rejects it with an operand exception.</summary>
    public bool TransportMode { get; init; }

    /// <summary>H (byte 5, 0x02): format-2 (64-bit) IDAWs.</summary>
    public bool Format2Idaws { get; init; }

    /// <summary>T (byte 5, 0x01): with H, format-2 IDAWs address 2K blocks instead of 4K.</summary>
    public bool Format2IdawsUse2KBlocks { get; init; }

    /// <summary>Byte 6: logical path mask; SSCH gives cc 3 when no path of it is available.</summary>
    public byte LogicalPathMask { get; init; }

    /// <summary>L (byte 7, 0x80): incorrect-length suppression mode for format-1 immediate commands (SA22-7832 ch. 16, "Incorrect Length").</summary>
    public bool IncorrectLengthSuppression { get; init; }

    /// <summary>D (byte 7, 0x40): MIDAW control.</summary>
    public bool MidawControl { get; init; }

    /// <summary>Byte 7 bits 26-30 (0x3E): reserved, must be zero (operand exception otherwise).</summary>
    public byte ReservedBits { get; init; }

    /// <summary>X (byte 7, 0x01): the ORB is 32 bytes long.</summary>
    public bool Extended { get; init; }

    /// <summary>Word 2: the first CCW's address. Bit 0 must be zero (operand exception otherwise).</summary>
    public uint ChannelProgramAddress { get; init; }

    /// <summary>The ORB the IPL uses: all zeros, so format-0, no prefetch, key 0 (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl; Hercules ipl.c).</summary>
    public static Orb Ipl => default;

    /// <summary>An ORB for a program at an address with the common defaults (all paths).</summary>
    public static Orb For(uint channelProgramAddress, CcwFormat format = CcwFormat.Format1, byte key = 0) =>
        new() { ChannelProgramAddress = channelProgramAddress, Format = format, Key = key, LogicalPathMask = 0xFF };

    /// <summary>
    /// Why SSCH would refuse this ORB with an operand exception (SA22-7832 ch. 15, "Operation-Request Block": B set, reserved byte-7
    /// bits, word-2 bit 0), or null when it is acceptable.
    /// </summary>
    public string? OperandExceptionReason()
    {
        if (TransportMode) return "ORB bit B (transport mode) is not supported";
        if (ReservedBits != 0) return "ORB byte 7 reserved bits (0x3E) are not zero";
        if ((ChannelProgramAddress & 0x8000_0000) != 0) return "ORB word 2 bit 0 is not zero";
        return null;
    }

    /// <summary>Parses the first 12 bytes (the extension, if X is set, is not interpreted).</summary>
    public static Orb FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Size) throw new ArgumentException($"An ORB is {Size} bytes; got {bytes.Length}.", nameof(bytes));
        byte b4 = bytes[4], b5 = bytes[5], b7 = bytes[7];
        return new Orb
        {
            InterruptionParameter = BinaryPrimitives.ReadUInt32BigEndian(bytes),
            Key = (byte)(b4 >> 4),
            SuspendControl = (b4 & 0x08) != 0,
            StreamingMode = (b4 & 0x04) != 0,
            ModificationControl = (b4 & 0x02) != 0,
            SynchronizationControl = (b4 & 0x01) != 0,
            Format = (b5 & 0x80) != 0 ? CcwFormat.Format1 : CcwFormat.Format0,
            Prefetch = (b5 & 0x40) != 0,
            InitialStatusInterruption = (b5 & 0x20) != 0,
            AddressLimitChecking = (b5 & 0x10) != 0,
            SuppressSuspendedInterruption = (b5 & 0x08) != 0,
            TransportMode = (b5 & 0x04) != 0,
            Format2Idaws = (b5 & 0x02) != 0,
            Format2IdawsUse2KBlocks = (b5 & 0x01) != 0,
            LogicalPathMask = bytes[6],
            IncorrectLengthSuppression = (b7 & 0x80) != 0,
            MidawControl = (b7 & 0x40) != 0,
            ReservedBits = (byte)(b7 & 0x3E),
            Extended = (b7 & 0x01) != 0,
            ChannelProgramAddress = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(8)),
        };
    }

    /// <summary>Writes the 12 bytes.</summary>
    public void WriteTo(Span<byte> destination)
    {
        if (destination.Length < Size) throw new ArgumentException($"An ORB is {Size} bytes.", nameof(destination));
        BinaryPrimitives.WriteUInt32BigEndian(destination, InterruptionParameter);
        destination[4] = (byte)((Key << 4)
            | (SuspendControl ? 0x08 : 0) | (StreamingMode ? 0x04 : 0)
            | (ModificationControl ? 0x02 : 0) | (SynchronizationControl ? 0x01 : 0));
        destination[5] = (byte)((Format == CcwFormat.Format1 ? 0x80 : 0) | (Prefetch ? 0x40 : 0)
            | (InitialStatusInterruption ? 0x20 : 0) | (AddressLimitChecking ? 0x10 : 0)
            | (SuppressSuspendedInterruption ? 0x08 : 0) | (TransportMode ? 0x04 : 0)
            | (Format2Idaws ? 0x02 : 0) | (Format2IdawsUse2KBlocks ? 0x01 : 0));
        destination[6] = LogicalPathMask;
        destination[7] = (byte)((IncorrectLengthSuppression ? 0x80 : 0) | (MidawControl ? 0x40 : 0)
            | (ReservedBits & 0x3E) | (Extended ? 0x01 : 0));
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(8), ChannelProgramAddress);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        WriteTo(bytes);
        return bytes;
    }
}
