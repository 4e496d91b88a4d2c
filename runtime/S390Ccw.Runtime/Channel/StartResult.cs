namespace S390Ccw.Runtime.Channel;

/// <summary>
/// What START SUBCHANNEL (or RESUME, or the IPL entry) did: the condition code, an instruction
/// exception if the instruction was refused, how the synchronous run ended, the number of CCWs
/// executed (TICs included) and the SCSW the subchannel holds afterwards.
/// </summary>
public readonly record struct StartResult(
    ConditionCode ConditionCode,
    InstructionException Exception,
    ChannelProgramOutcome Outcome,
    long CcwCount,
    Scsw Scsw)
{
    /// <summary>Bytes moved between the device and storage by the run (bounded by <see cref="ChannelOptions.ByteBudget"/>).</summary>
    public long BytesTransferred { get; init; }

    internal static StartResult Refused(ConditionCode cc, Scsw scsw) =>
        new(cc, InstructionException.None, ChannelProgramOutcome.NotStarted, 0, scsw);

    internal static StartResult Faulted(InstructionException exception) =>
        new(ConditionCode.Zero, exception, ChannelProgramOutcome.NotStarted, 0, default);
}
