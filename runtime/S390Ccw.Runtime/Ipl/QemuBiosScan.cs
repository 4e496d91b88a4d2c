namespace S390Ccw.Runtime.Ipl;

/// <summary>
/// The outcome of one scan of QEMU's dynamic_cp_fixup over a format-0 chain (QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL" step 7):
/// either the chain runs to its end in one start, or a READ_DATA at <see cref="ReadAddress"/> is cut
/// from the TIC after it and the next start begins at that TIC's target.
/// </summary>
public readonly record struct QemuBiosScan(bool HasNext, uint ReadAddress, uint TicAddress, uint NextAddress)
{
    public static QemuBiosScan Final => new(false, 0, 0, 0);
}
