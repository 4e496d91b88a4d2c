namespace S390Ccw.Runtime.Channel;

/// <summary>Choices made when a channel subsystem is created.</summary>
public sealed class ChannelOptions
{
    /// <summary>Hardware would run a TIC loop forever; the runtime stops after this many CCWs per start.</summary>
    public const long DefaultCcwBudget = 10_000_000;

    /// <summary>
    /// Bytes one start or resume may move between device and storage: 512 MiB, well above any IPL
    /// loader (a zipl kernel and initrd), and moved in well under a second here (README figures: a
    /// READ_DATA chain runs at 79 % of a memory copy). A loop of READ MULTIPLE CKD or of data-chained
    /// reads through TICs hits it long before the CCW budget.
    /// </summary>
    public const long DefaultByteBudget = 512L * 1024 * 1024;

    /// <summary>
    /// Time one start or resume may run: 2 seconds, so that no chain, whatever it does, freezes a tool
    /// (the CCW and byte budgets end every loop found so far long before). Checked every 4,096 CCWs.
    /// </summary>
    public static readonly System.TimeSpan DefaultTimeBudget = System.TimeSpan.FromSeconds(2);

    public PrefetchMode Prefetch { get; init; } = PrefetchMode.Lazy;

    /// <summary>Time one start or resume may run (<see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none).</summary>
    public System.TimeSpan TimeBudget { get; init; } = DefaultTimeBudget;

    /// <summary>Bytes one start or resume may transfer before it is ended as <see cref="ChannelProgramOutcome.BudgetExceeded"/>.</summary>
    public long ByteBudget { get; init; } = DefaultByteBudget;

    /// <summary>CCWs (TICs included) one start or resume may execute before it is ended as <see cref="ChannelProgramOutcome.BudgetExceeded"/>.</summary>
    public long CcwBudget { get; init; } = DefaultCcwBudget;

    /// <summary>Optional tracer; may also be set later on the subsystem.</summary>
    public IChannelTracer? Tracer { get; init; }
}
