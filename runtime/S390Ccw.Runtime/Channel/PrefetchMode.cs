namespace S390Ccw.Runtime.Channel;

/// <summary>How the channel obtains CCWs (SA22-7832 ch. 15, ORB prefetch control; Linux drivers/s390/cio/vfio_ccw_cp.c), chosen when the channel is created.</summary>
public enum PrefetchMode
{
    /// <summary>
    /// Each CCW is fetched from storage when it is reached, whatever ORB P says: what a channel is
    /// always allowed to do and what Hercules and QEMU's emulated css do. Self-modifying programs
    /// (the IPL chain) work.
    /// </summary>
    Lazy,

    /// <summary>
    /// As Linux vfio-ccw: at START SUBCHANNEL the chain reachable through command/data chaining and
    /// TICs is copied in segments of at most 256 CCWs, whatever P says, and the copy is what runs;
    /// CCWs the program later writes into storage are never seen.
    /// </summary>
    VfioCcw,
}
