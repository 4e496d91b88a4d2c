using System.Collections.Immutable;
using S390Ccw.TestSupport.Hercules;

namespace S390Ccw.TestSupport.Differential;

/// <summary>
/// One executed CCW in the neutral shape a differential test compares: the 8 CCW bytes and, when
/// the tracer reported them, device status, subchannel status and residual count. Our emulator's
/// trace and Hercules' trace are both turned into these.
/// </summary>
public sealed class CcwTraceStep
{
    public CcwTraceStep(ImmutableArray<byte> ccw, byte? deviceStatus, byte? subchannelStatus, ushort? residual)
    {
        Ccw = ccw.IsDefault ? ImmutableArray<byte>.Empty : ccw;
        DeviceStatus = deviceStatus;
        SubchannelStatus = subchannelStatus;
        Residual = residual;
    }

    public ImmutableArray<byte> Ccw { get; }

    public byte? DeviceStatus { get; }

    public byte? SubchannelStatus { get; }

    public ushort? Residual { get; }

    public bool HasStatus => DeviceStatus is not null;

    /// <summary>A step with status, from the CCW bytes written as hex (blanks allowed).</summary>
    public static CcwTraceStep Executed(string ccwHex, byte deviceStatus, byte subchannelStatus, ushort residual) =>
        new(ParseCcw(ccwHex), deviceStatus, subchannelStatus, residual);

    /// <summary>A step without status, as Hercules traces a TIC or a CCW the channel rejected.</summary>
    public static CcwTraceStep WithoutStatus(string ccwHex) => new(ParseCcw(ccwHex), null, null, null);

    /// <summary>The same fields from a Hercules trace entry.</summary>
    public static CcwTraceStep From(HerculesCcwTraceEntry entry) =>
        new(entry.Ccw, entry.Status?.DeviceStatus, entry.Status?.SubchannelStatus, entry.Status?.Residual);

    public override string ToString() =>
        Hex.Format(Ccw.AsSpan())
        + (HasStatus ? $" Stat={DeviceStatus:X2}{SubchannelStatus:X2} Count={Residual:X4}" : "");

    private static ImmutableArray<byte> ParseCcw(string hex) =>
        Hex.TryParse(hex, out ImmutableArray<byte> bytes) && bytes.Length == 8
            ? bytes
            : throw new System.ArgumentException($"'{hex}' is not 8 CCW bytes in hex.", nameof(hex));
}
