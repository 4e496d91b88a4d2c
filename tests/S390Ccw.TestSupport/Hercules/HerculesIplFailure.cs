using System.Collections.Immutable;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>An IPL that Hercules refused or that ended in an I/O error, with the message's facts.</summary>
public sealed class HerculesIplFailure
{
    public HerculesIplFailure(
        HerculesIplFailureKind kind,
        string message,
        int lineNumber,
        ImmutableArray<byte> psw = default,
        ushort? status = null,
        ImmutableArray<byte> sense = default)
    {
        Kind = kind;
        Message = message;
        LineNumber = lineNumber;
        Psw = psw.IsDefault ? ImmutableArray<byte>.Empty : psw;
        Status = status;
        Sense = sense.IsDefault ? ImmutableArray<byte>.Empty : sense;
    }

    public HerculesIplFailureKind Kind { get; }

    /// <summary>The whole message line, for example <c>HHCCP029E ESA/390 mode IPL failed: CSW status=0E00</c>.</summary>
    public string Message { get; }

    /// <summary>1-based line of the message in the log.</summary>
    public int LineNumber { get; }

    /// <summary>The rejected PSW (8 bytes) for <see cref="HerculesIplFailureKind.InvalidPsw"/>; empty otherwise.</summary>
    public ImmutableArray<byte> Psw { get; }

    /// <summary>The CSW status word (device status high byte, subchannel status low byte) of an I/O error.</summary>
    public ushort? Status { get; }

    public byte? DeviceStatus => Status is ushort s ? (byte)(s >> 8) : null;

    public byte? SubchannelStatus => Status is ushort s ? (byte)s : null;

    /// <summary>Sense bytes of the unit check that ended the chain (from the trace); empty when none were shown.</summary>
    public ImmutableArray<byte> Sense { get; }

    public override string ToString() => Message;
}
