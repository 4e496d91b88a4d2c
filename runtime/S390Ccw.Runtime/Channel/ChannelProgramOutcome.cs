namespace S390Ccw.Runtime.Channel;

/// <summary>How a synchronous run of a channel program ended.</summary>
public enum ChannelProgramOutcome
{
    /// <summary>The instruction did not start a program (its condition code or exception says why).</summary>
    NotStarted,

    /// <summary>The program ended; status is pending on the subchannel.</summary>
    Completed,

    /// <summary>A CCW with the suspend flag was reached; RESUME SUBCHANNEL continues it.</summary>
    Suspended,

    /// <summary>
    /// More CCWs than the budget were executed (a TIC loop that hardware would run forever). The
    /// runtime ended the program as HALT SUBCHANNEL would: start and halt function, status pending,
    /// no device or subchannel status.
    /// </summary>
    BudgetExceeded,
}
