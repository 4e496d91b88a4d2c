namespace S390Ccw.Language.Analysis;

/// <summary>How a prefetch hazard compares with what QEMU's DASD IPL code can boot (QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL").</summary>
public enum PrefetchHazardKind
{
    /// <summary>
    /// READ_DATA (0x06/0x86) immediately followed by the TIC that reaches the new CCWs, or READ IPL
    /// followed by an IPL1 of READ_DATA + TIC: QEMU's BIOS splits the chain there, so it boots.
    /// </summary>
    SafeWithBiosSplit,

    /// <summary>Any other form: QEMU's BIOS runs the stale CCWs too (or refuses the IPL1 record).</summary>
    NotBootableByQemuBios,
}
