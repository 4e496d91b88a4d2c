namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The run's budget: CCWs executed and bytes moved between the device and storage. Hardware would run a
/// TIC loop forever; a loop of READ MULTIPLE CKD moves a track per CCW, so the CCW count alone lets it
/// run for minutes. Either limit ends the run as <see cref="ChannelProgramOutcome.BudgetExceeded"/>.
/// </summary>
internal sealed partial class ChannelProgramRunner
{
    private long _bytes;
    private long _byteBudget = long.MaxValue;

    /// <summary>Bytes stored or fetched for the device in the last run.</summary>
    public long BytesTransferred => _bytes;

    private bool BudgetSpent => _executed >= _budget || _bytes >= _byteBudget;

    /// <summary>Runs with both limits; see <see cref="Run(Subchannel, long)"/>.</summary>
    public (ChannelProgramOutcome Outcome, long Executed) Run(Subchannel sch, long budget, long byteBudget)
    {
        _byteBudget = byteBudget;
        try
        {
            return Run(sch, budget);
        }
        finally
        {
            _byteBudget = long.MaxValue;
        }
    }
}
