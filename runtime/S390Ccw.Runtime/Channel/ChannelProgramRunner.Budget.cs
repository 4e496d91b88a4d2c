using System.Diagnostics;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The run's budget: CCWs executed, bytes moved between the device and storage, and time. Hardware would
/// run a TIC loop forever; a loop of READ MULTIPLE CKD moves a track per CCW, so the CCW count alone lets
/// it run for minutes, and a multi-track search over a large volume reads a track per CCW without moving
/// a byte, which only the clock bounds. Any of the three ends the run as
/// <see cref="ChannelProgramOutcome.BudgetExceeded"/>.
/// </summary>
internal sealed partial class ChannelProgramRunner
{
    /// <summary>The clock is read once per this many CCWs (a power of two), so it costs nothing per CCW.</summary>
    private const long ClockInterval = 4096;

    private long _bytes;
    private long _byteBudget = long.MaxValue;
    private long _deadline = long.MaxValue;

    /// <summary>Bytes stored or fetched for the device in the last run.</summary>
    public long BytesTransferred => _bytes;

    private bool BudgetSpent =>
        _executed >= _budget || _bytes >= _byteBudget
        || ((_executed & (ClockInterval - 1)) == 0 && _deadline != long.MaxValue && Stopwatch.GetTimestamp() >= _deadline);

    /// <summary>Runs with all three limits; see <see cref="Run(Subchannel, long)"/>.</summary>
    public (ChannelProgramOutcome Outcome, long Executed) Run(Subchannel sch, long budget, long byteBudget, System.TimeSpan timeBudget)
    {
        _byteBudget = byteBudget;
        _deadline = timeBudget == System.Threading.Timeout.InfiniteTimeSpan
            ? long.MaxValue
            : Stopwatch.GetTimestamp() + (long)(timeBudget.TotalSeconds * Stopwatch.Frequency);
        try
        {
            return Run(sch, budget);
        }
        finally
        {
            _byteBudget = long.MaxValue;
            _deadline = long.MaxValue;
        }
    }
}
