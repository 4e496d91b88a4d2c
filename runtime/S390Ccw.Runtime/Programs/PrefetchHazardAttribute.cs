using System;

namespace S390Ccw.Runtime.Programs;

/// <summary>
/// Put by the generator on a generated channel program whose chain overwrites CCWs it later runs,
/// so that it runs stale CCWs on a prefetching channel (vfio-ccw). The C# analyzer uses it to warn
/// where such a program is started with prefetch.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class PrefetchHazardAttribute : Attribute
{
    public PrefetchHazardAttribute(string reason) => Reason = reason;

    /// <summary>The analysis' explanation: which CCW writes which CCW, and at what address.</summary>
    public string Reason { get; }

    /// <summary>True when QEMU's BIOS-style split (READ_DATA then TIC) makes the chain safe.</summary>
    public bool SafeWithBiosSplit { get; set; }
}
