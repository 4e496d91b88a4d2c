using S390Ccw.Language.Encoding;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The per-program values the channel takes from the ORB at the start and keeps across a suspend
/// (Hercules saves the same set in the device block: ccwaddr, ccwfmt, ccwkey, idawfmt, idapmask).
/// </summary>
internal struct ProgramState
{
    public CcwFormat Format;
    public int Key;
    public bool SuspendAllowed;
    public bool Format2Idaws;
    public int IdawBlockSize;
    public bool IncorrectLengthSuppression;
    public bool InitialStatusInterruption;
    public bool SuppressSuspendedInterruption;
    public bool Prefetch;
    public PrefetchedProgram? Copy;

    /// <summary>The next CCW to fetch (on resume: the suspended CCW, fetched again).</summary>
    public uint NextAddress;

    /// <summary>Commands executed so far (the device's ccwseq).</summary>
    public int Sequence;

    public byte PreviousCode;
    public bool FirstNonImmediateSeen;
    public bool ZeroConditionCode;

    public static ProgramState FromOrb(in Orb orb, PrefetchedProgram? copy) => new()
    {
        Format = orb.Format,
        Key = orb.Key,
        SuspendAllowed = orb.SuspendControl,
        Format2Idaws = orb.Format2Idaws,
        // Format-1 IDAWs always address 2K blocks; format-2 ones 2K with T, else 4K (SA22-7832 ch. 15, "Operation-Request Block").
        IdawBlockSize = orb.Format2Idaws && !orb.Format2IdawsUse2KBlocks ? 4096 : 2048,
        IncorrectLengthSuppression = orb.IncorrectLengthSuppression,
        InitialStatusInterruption = orb.InitialStatusInterruption,
        SuppressSuspendedInterruption = orb.SuppressSuspendedInterruption,
        Prefetch = orb.Prefetch,
        Copy = copy,
        NextAddress = orb.ChannelProgramAddress,
    };
}
