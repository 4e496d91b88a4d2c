namespace S390Ccw.Runtime.Channel;

/// <summary>How the channel obtains CCWs (s390.md §2.1), chosen when the channel is created.</summary>
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
