using System;
using System.Buffers.Binary;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// One executed CCW as a tracer sees it. The raw bytes and the data prefix are kept as packed
/// big-endian words so that building a record never allocates.
/// </summary>
public readonly struct CcwTraceRecord
{
    /// <summary>How many bytes of moved data a record keeps (Hercules shows 16, Hercules channel.c display_ccw and msgenu.h (CCW trace)).</summary>
    public const int DataPreviewLimit = 16;

    private readonly ulong _raw;
    private readonly ulong _data0;
    private readonly ulong _data1;

    internal CcwTraceRecord(
        ushort deviceNumber, uint ccwAddress, ulong raw, CcwFormat format, string? mnemonic,
        UnitStatus deviceStatus, SubchannelStatus subchannelStatus, int residualCount,
        ReadOnlySpan<byte> data, int dataLength)
    {
        DeviceNumber = deviceNumber;
        CcwAddress = ccwAddress;
        _raw = raw;
        Format = format;
        Mnemonic = mnemonic;
        DeviceStatus = deviceStatus;
        SubchannelStatus = subchannelStatus;
        ResidualCount = residualCount;
        DataLength = dataLength;
        int n = Math.Min(DataPreviewLimit, data.Length);
        DataPreviewLength = n;
        Span<byte> preview = stackalloc byte[DataPreviewLimit];
        preview.Clear();
        data.Slice(0, n).CopyTo(preview);
        _data0 = BinaryPrimitives.ReadUInt64BigEndian(preview);
        _data1 = BinaryPrimitives.ReadUInt64BigEndian(preview.Slice(8));
    }

    public ushort DeviceNumber { get; }

    /// <summary>Where the CCW was (or, under <see cref="PrefetchMode.VfioCcw"/>, had been) in storage.</summary>
    public uint CcwAddress { get; }

    public CcwFormat Format { get; }

    /// <summary>The command code exactly as fetched (a format-0 TIC keeps its top nibble).</summary>
    public byte Command => (byte)(_raw >> 56);

    /// <summary>The CommandTable mnemonic, "TIC" for any TIC, null for a code the table does not know.</summary>
    public string? Mnemonic { get; }

    public UnitStatus DeviceStatus { get; }
    public SubchannelStatus SubchannelStatus { get; }
    public int ResidualCount { get; }

    /// <summary>Bytes moved between storage and the device for this CCW.</summary>
    public int DataLength { get; }

    /// <summary>How many bytes of <see cref="DataPreview"/> are meaningful (at most 16).</summary>
    public int DataPreviewLength { get; }

    public bool IsTransferInChannel => CommandClassifier.IsTic(Command, Format);

    /// <summary>
    /// True for a CCW the channel refused before the device ran it (a program or protection check found
    /// at the CCW: invalid command code, flags or count, a data area it cannot address): no device status.
    /// </summary>
    public bool RefusedByChannel =>
        DeviceStatus == UnitStatus.None && (SubchannelStatus & (SubchannelStatus.ProgramCheck | SubchannelStatus.ProtectionCheck)) != 0;

    /// <summary>The 8 CCW bytes as fetched.</summary>
    public void CopyRawTo(Span<byte> destination) => BinaryPrimitives.WriteUInt64BigEndian(destination, _raw);

    public byte[] RawBytes()
    {
        var bytes = new byte[8];
        CopyRawTo(bytes);
        return bytes;
    }

    /// <summary>The first bytes of data moved (read data after the read, written data as sent).</summary>
    public byte[] DataPreview()
    {
        Span<byte> all = stackalloc byte[DataPreviewLimit];
        BinaryPrimitives.WriteUInt64BigEndian(all, _data0);
        BinaryPrimitives.WriteUInt64BigEndian(all.Slice(8), _data1);
        return all.Slice(0, DataPreviewLength).ToArray();
    }

    public override string ToString() =>
        $"{DeviceNumber:X4} {CcwAddress:X8} CCW={_raw >> 32:X8} {_raw & 0xFFFFFFFF:X8} {Mnemonic ?? "?"} " +
        (IsTransferInChannel ? "" : $"stat={(byte)DeviceStatus:X2}{(byte)SubchannelStatus:X2} count={ResidualCount:X4}");
}
