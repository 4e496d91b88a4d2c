using System;
using System.Buffers.Binary;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The subchannel-status word, 12 bytes (SA22-7832 ch. 16, "Subchannel-Status Word"; SA22-7832 ch. 16). The CCW address is the
/// last CCW used + 8; the count is the residual of that CCW.
/// </summary>
public readonly record struct Scsw
{
    public const int Size = 12;

    public byte Key { get; init; }
    public bool SuspendControl { get; init; }
    public bool ExtendedStatusWordFormat { get; init; }
    public byte DeferredConditionCode { get; init; }
    public CcwFormat Format { get; init; }
    public bool Prefetch { get; init; }
    public bool InitialStatusInterruption { get; init; }
    public bool AddressLimitChecking { get; init; }
    public bool SuppressSuspendedInterruption { get; init; }

    /// <summary>Z: the intermediate interruption of an initial-status request.</summary>
    public bool ZeroConditionCode { get; init; }

    /// <summary>E: the ECW holds concurrent sense.</summary>
    public bool ExtendedControl { get; init; }

    public bool PathNotOperational { get; init; }
    public FunctionControl Function { get; init; }
    public ActivityControl Activity { get; init; }
    public StatusControl Status { get; init; }
    public uint CcwAddress { get; init; }
    public UnitStatus DeviceStatus { get; init; }
    public SubchannelStatus SubchannelStatus { get; init; }
    public ushort ResidualCount { get; init; }

    public bool IsStatusPending => (Status & StatusControl.StatusPending) != 0;

    public static Scsw FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Size) throw new ArgumentException($"An SCSW is {Size} bytes; got {bytes.Length}.", nameof(bytes));
        byte b0 = bytes[0], b1 = bytes[1];
        return new Scsw
        {
            Key = (byte)(b0 >> 4),
            SuspendControl = (b0 & 0x08) != 0,
            ExtendedStatusWordFormat = (b0 & 0x04) != 0,
            DeferredConditionCode = (byte)(b0 & 0x03),
            Format = (b1 & 0x80) != 0 ? CcwFormat.Format1 : CcwFormat.Format0,
            Prefetch = (b1 & 0x40) != 0,
            InitialStatusInterruption = (b1 & 0x20) != 0,
            AddressLimitChecking = (b1 & 0x10) != 0,
            SuppressSuspendedInterruption = (b1 & 0x08) != 0,
            ZeroConditionCode = (b1 & 0x04) != 0,
            ExtendedControl = (b1 & 0x02) != 0,
            PathNotOperational = (b1 & 0x01) != 0,
            Function = (FunctionControl)(bytes[2] & 0x70),
            Activity = (ActivityControl)((((bytes[2] & 0x0F) << 8) | bytes[3]) & 0x0FE0),
            Status = (StatusControl)(bytes[3] & 0x1F),
            CcwAddress = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(4)),
            DeviceStatus = (UnitStatus)bytes[8],
            SubchannelStatus = (SubchannelStatus)bytes[9],
            ResidualCount = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(10)),
        };
    }

    public void WriteTo(Span<byte> destination)
    {
        if (destination.Length < Size) throw new ArgumentException($"An SCSW is {Size} bytes.", nameof(destination));
        destination[0] = (byte)((Key << 4) | (SuspendControl ? 0x08 : 0)
            | (ExtendedStatusWordFormat ? 0x04 : 0) | (DeferredConditionCode & 0x03));
        destination[1] = (byte)((Format == CcwFormat.Format1 ? 0x80 : 0) | (Prefetch ? 0x40 : 0)
            | (InitialStatusInterruption ? 0x20 : 0) | (AddressLimitChecking ? 0x10 : 0)
            | (SuppressSuspendedInterruption ? 0x08 : 0) | (ZeroConditionCode ? 0x04 : 0)
            | (ExtendedControl ? 0x02 : 0) | (PathNotOperational ? 0x01 : 0));
        ushort activity = (ushort)Activity;
        destination[2] = (byte)((byte)Function | (activity >> 8));
        destination[3] = (byte)((activity & 0xE0) | (byte)Status);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(4), CcwAddress);
        destination[8] = (byte)DeviceStatus;
        destination[9] = (byte)SubchannelStatus;
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(10), ResidualCount);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        WriteTo(bytes);
        return bytes;
    }

    public override string ToString() =>
        $"SCSW ccw={CcwAddress:X8} stat={(byte)DeviceStatus:X2}{(byte)SubchannelStatus:X2} count={ResidualCount:X4} fc={Function} ac={Activity} sc={Status}";
}
