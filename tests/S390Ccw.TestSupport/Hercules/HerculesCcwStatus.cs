using System.Collections.Immutable;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>
/// The <c>Stat=UUCC Count=RRRR</c> line Hercules 3.13 prints after a CCW has executed
/// (message HHCCP075I): unit status, subchannel status and residual count (SA22-7832 ch. 16, "Device Status", SA22-7832 ch. 16, "Subchannel Status").
/// </summary>
public sealed class HerculesCcwStatus
{
    public HerculesCcwStatus(byte deviceStatus, byte subchannelStatus, ushort residual, ImmutableArray<byte> data)
    {
        DeviceStatus = deviceStatus;
        SubchannelStatus = subchannelStatus;
        Residual = residual;
        Data = data.IsDefault ? ImmutableArray<byte>.Empty : data;
    }

    /// <summary>Device (unit) status, for example 0x0C channel end + device end.</summary>
    public byte DeviceStatus { get; }

    /// <summary>Subchannel (channel) status, for example 0x40 incorrect length.</summary>
    public byte SubchannelStatus { get; }

    /// <summary>Residual count: the CCW's count less the bytes transferred.</summary>
    public ushort Residual { get; }

    /// <summary>
    /// The storage at the data address after the CCW ran, when Hercules shows it (3.13 shows it
    /// for reads and not for searches, NOP or control commands); empty otherwise. At most 16 bytes.
    /// </summary>
    public ImmutableArray<byte> Data { get; }

    /// <summary>Both status bytes as Hercules prints them: device status high, subchannel status low.</summary>
    public ushort Combined => (ushort)((DeviceStatus << 8) | SubchannelStatus);

    public override string ToString() =>
        $"Stat={Combined:X4} Count={Residual:X4}" + (Data.IsEmpty ? "" : " =>" + Hex.Format(Data.AsSpan()));
}
