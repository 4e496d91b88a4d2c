namespace S390Ccw.Runtime.Ipl;

/// <summary>The three ways a volume can be booted (issue 4; SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl and QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL").</summary>
public enum IplMode
{
    /// <summary>READ IPL at 0 with the chain bit on, CCWs fetched as they are reached: what the machine does.</summary>
    Hardware,

    /// <summary>The same chain on a channel that copies the chain at start, as vfio-ccw does: shows the breakage.</summary>
    Prefetch,

    /// <summary>QEMU's s390-ccw BIOS dasd-ipl.c algorithm on a prefetching channel: READ+TIC pairs split into separate starts.</summary>
    QemuBios,
}
