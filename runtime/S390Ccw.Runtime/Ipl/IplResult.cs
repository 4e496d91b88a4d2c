using System;
using System.Collections.Generic;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Ipl;

/// <summary>
/// What an IPL did: the PSW it loaded (or why none was loaded), the status that ended the last channel
/// program, the device's sense bytes, the storage it left, the chain splits it made, and the CCWs it used.
/// </summary>
public sealed class IplResult
{
    internal IplResult(IplMode mode, GuestStorage storage)
    {
        Mode = mode;
        Storage = storage;
    }

    public IplMode Mode { get; }

    public GuestStorage Storage { get; }

    /// <summary>True when a PSW was loaded.</summary>
    public bool Succeeded => Failure == IplFailureKind.None && Psw is not null;

    public IplPsw? Psw { get; internal set; }

    public IplFailureKind Failure { get; internal set; }

    /// <summary>A one-line explanation of the failure, in the words Hercules or QEMU would use.</summary>
    public string? FailureMessage { get; internal set; }

    /// <summary>The SCSW of the last channel program the IPL ran.</summary>
    public Scsw LastScsw { get; internal set; }

    /// <summary>The device's sense bytes when the IPL ended in unit check; empty otherwise.</summary>
    public byte[] Sense { get; internal set; } = Array.Empty<byte>();

    /// <summary>
    /// When the IPL ended with unit check because a track of the image could not be read (sense
    /// "invalid track format"), the image's account of the damage: file, track, offset, what is wrong.
    /// </summary>
    public S390Ccw.Runtime.Images.DiskImageException? ImageDamage { get; internal set; }

    /// <summary>Where the chain was cut into separate starts (QemuBios mode only).</summary>
    public IReadOnlyList<ChainSplit> Splits => _splits;

    /// <summary>START SUBCHANNELs issued (1 for the hardware IPL's implied start).</summary>
    public int Starts { get; internal set; }

    /// <summary>CCWs executed, TICs included, over every start.</summary>
    public long CcwsExecuted { get; internal set; }

    /// <summary>Bytes moved between the device and storage over all starts.</summary>
    public long BytesTransferred { get; internal set; }

    /// <summary>The byte budget the IPL ran with (<see cref="IplOptions.ByteBudget"/>).</summary>
    public long ByteBudget { get; internal init; }

    /// <summary>The CCW budget the IPL ran with (<see cref="IplOptions.CcwBudget"/>).</summary>
    public long CcwBudget { get; internal init; }

    /// <summary>The time budget the IPL ran with (<see cref="IplOptions.TimeBudget"/>).</summary>
    public System.TimeSpan TimeBudget { get; internal init; }

    /// <summary>QemuBios only: how control passed to the loaded program (load-normal of the PSW at 0, or a jump to 0x10000).</summary>
    public string? Handoff { get; internal set; }

    internal List<ChainSplit> SplitList => _splits;

    private readonly List<ChainSplit> _splits = new();

    /// <summary><c>PSW=000A0000 0000BEEF</c>, or the failure.</summary>
    public override string ToString() =>
        Succeeded ? $"PSW={Psw}" : $"IPL failed: {FailureMessage}";
}
