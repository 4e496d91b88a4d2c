namespace S390Ccw.Runtime.Channel;

/// <summary>Choices made when a channel subsystem is created.</summary>
public sealed class ChannelOptions
{
    /// <summary>Hardware would run a TIC loop forever; the runtime stops after this many CCWs per start.</summary>
    public const long DefaultCcwBudget = 10_000_000;

    public PrefetchMode Prefetch { get; init; } = PrefetchMode.Lazy;

    /// <summary>CCWs (TICs included) one start or resume may execute before it is ended as <see cref="ChannelProgramOutcome.BudgetExceeded"/>.</summary>
    public long CcwBudget { get; init; } = DefaultCcwBudget;

    /// <summary>Optional tracer; may also be set later on the subsystem.</summary>
    public IChannelTracer? Tracer { get; init; }
}
