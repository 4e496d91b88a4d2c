using System.Collections.Immutable;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>
/// One executed CCW from Hercules' CCW trace: the <c>CCW=</c> line (HHCCP048I), then, when one
/// follows, the <c>Stat=</c> line (HHCCP075I) and the sense lines (HHCCP076I / HHCCP077I).
/// A TIC has no status line, and neither has a CCW that ended in a program check.
/// </summary>
public sealed class HerculesCcwTraceEntry
{
    public HerculesCcwTraceEntry(
        int lineNumber,
        ushort? deviceNumber,
        ImmutableArray<byte> ccw,
        ImmutableArray<byte> data,
        HerculesCcwStatus? status = null,
        ImmutableArray<byte> sense = default,
        string? senseText = null)
    {
        LineNumber = lineNumber;
        DeviceNumber = deviceNumber;
        Ccw = ccw;
        Data = data.IsDefault ? ImmutableArray<byte>.Empty : data;
        Status = status;
        Sense = sense.IsDefault ? ImmutableArray<byte>.Empty : sense;
        SenseText = senseText;
    }

    /// <summary>1-based line of the <c>CCW=</c> line in the log, for messages.</summary>
    public int LineNumber { get; }

    /// <summary>The device number printed before <c>:CCW=</c>, when present.</summary>
    public ushort? DeviceNumber { get; }

    /// <summary>The 8 CCW bytes exactly as fetched (format-0 during an IPL, SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl).</summary>
    public ImmutableArray<byte> Ccw { get; }

    /// <summary>
    /// The storage Hercules shows after <c>=></c> on the CCW line: up to 16 bytes at the data
    /// address. 3.13 prints this line before the CCW executes, so for a read it is the storage
    /// before the read; the data read is in <see cref="HerculesCcwStatus.Data"/>.
    /// </summary>
    public ImmutableArray<byte> Data { get; }

    /// <summary>Status after execution; null for a TIC or a CCW that the channel rejected.</summary>
    public HerculesCcwStatus? Status { get; }

    /// <summary>Sense bytes printed after a unit check (24 in 3.13); empty otherwise.</summary>
    public ImmutableArray<byte> Sense { get; }

    /// <summary>Hercules' decoding of the sense bytes, for example <c>NRF</c> (no record found).</summary>
    public string? SenseText { get; }

    /// <summary>The command code (byte 0 in both CCW formats, SA22-7832 ch. 15, "Channel-Command Word" formats).</summary>
    public byte Command => Ccw[0];

    /// <summary>A TIC: the low four bits of the command code are 1000 (SA22-7832 ch. 15, "Command Code"; Hercules esa390.h IS_CCW_*, SA22-7832 ch. 15, "Transfer in Channel").</summary>
    public bool IsTransferInChannel => (Command & 0x0F) == 0x08;

    /// <summary>Format-0 flags byte (byte 4).</summary>
    public byte Format0Flags => Ccw[4];

    /// <summary>Format-0 count (bytes 6-7).</summary>
    public ushort Format0Count => (ushort)((Ccw[6] << 8) | Ccw[7]);

    /// <summary>Format-0 24-bit data address (bytes 1-3).</summary>
    public uint Format0DataAddress => (uint)((Ccw[1] << 16) | (Ccw[2] << 8) | Ccw[3]);

    internal HerculesCcwTraceEntry WithStatus(HerculesCcwStatus status) =>
        new(LineNumber, DeviceNumber, Ccw, Data, status, Sense, SenseText);

    internal HerculesCcwTraceEntry WithSense(ImmutableArray<byte> sense) =>
        new(LineNumber, DeviceNumber, Ccw, Data, Status, sense, SenseText);

    internal HerculesCcwTraceEntry WithSenseText(string text) =>
        new(LineNumber, DeviceNumber, Ccw, Data, Status, Sense, text);

    public override string ToString() =>
        $"CCW={Hex.Format(Ccw.AsSpan())}" + (Status is null ? "" : " " + Status);
}
