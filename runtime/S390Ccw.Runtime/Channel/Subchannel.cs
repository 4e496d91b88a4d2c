using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// A subchannel bound to one device by device number: the SCSW it presents, the interruption
/// parameter of the last start, and the state a suspended program resumes from.
/// </summary>
public sealed class Subchannel
{
    private byte[] _concurrentSense = Array.Empty<byte>();

    internal Subchannel(int number, ushort deviceNumber, IChannelDevice device)
    {
        Number = number;
        DeviceNumber = deviceNumber;
        Device = device;
    }

    /// <summary>The subchannel number (the low halfword of the subsystem-identification word).</summary>
    public int Number { get; }

    public ushort DeviceNumber { get; }

    public IChannelDevice Device { get; }

    /// <summary>The current SCSW (what TEST SUBCHANNEL would store, without clearing it).</summary>
    public Scsw Scsw { get; internal set; }

    public uint InterruptionParameter { get; internal set; }

    /// <summary>
    /// The PMCW concurrent-sense control: when set, a unit check stores the sense bytes in the IRB's
    /// ECW (Hercules PMCW27_S). Off by default, as after a reset.
    /// </summary>
    public bool ConcurrentSense { get; set; }

    /// <summary>Program-controlled interruptions raised by the last program (each CCW with PCI when it became current).</summary>
    public int ProgramControlledInterruptions { get; internal set; }

    /// <summary>True while a suspended program waits for RESUME SUBCHANNEL.</summary>
    public bool IsSuspended => (Scsw.Activity & ActivityControl.Suspended) != 0;

    public bool IsStatusPending => Scsw.IsStatusPending;

    internal ProgramState Program;

    internal ReadOnlySpan<byte> ConcurrentSenseBytes => _concurrentSense;

    internal void CaptureConcurrentSense(ReadOnlySpan<byte> sense)
    {
        _concurrentSense = sense.Length == 0 ? Array.Empty<byte>() : sense.Slice(0, Math.Min(32, sense.Length)).ToArray();
    }

    internal void ClearConcurrentSense() => _concurrentSense = Array.Empty<byte>();

    public override string ToString() => $"subchannel {Number:X4} device {DeviceNumber:X4}";
}
