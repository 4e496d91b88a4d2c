namespace S390Ccw.Runtime.Ipl;

/// <summary>Why an IPL loaded no PSW, in the architecture's terms.</summary>
public enum IplFailureKind
{
    None,

    /// <summary>The IPL device is not attached (condition code 3).</summary>
    NotOperational,

    /// <summary>Subchannel status program check: an invalid CCW, address or count.</summary>
    ChannelProgramCheck,

    /// <summary>Subchannel status protection check: a storage-key mismatch.</summary>
    ProtectionCheck,

    /// <summary>Subchannel status incorrect length without SLI.</summary>
    IncorrectLength,

    /// <summary>Unit check: the device's sense bytes say why.</summary>
    UnitCheck,

    /// <summary>Unit exception (for a DASD read, an end-of-file record), or another unexpected device or subchannel status.</summary>
    UnexpectedStatus,

    /// <summary>More CCWs than the budget: a loop hardware would run forever.</summary>
    BudgetExceeded,

    /// <summary>The channel program ended well but the PSW at location 0 cannot be loaded.</summary>
    InvalidPsw,

    /// <summary>QEMU's BIOS refused the volume: IPL1 is not READ_DATA + TIC, or IPL2 is empty.</summary>
    RefusedByQemuBios,
}
