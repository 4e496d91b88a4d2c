using System.Diagnostics;
using S390Ccw.Runtime.Ipl;
using Xunit;

namespace S390Ccw.Runtime.Tests.Ipl;

/// <summary>A loop that moves no bytes and has no CCW limit is still ended, by the clock, and says so.</summary>
public sealed class TimeBudgetTests
{
    /// <summary>IPL2 is a NOP and a TIC back to it: no data moves, and with no CCW budget only time ends it.</summary>
    private const string NopLoop = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
        again:
            NOP 0, CC, len 1
            TIC again
        volume NOPL01 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
        """;

    [Fact]
    public void NopLoopWithoutCcwBudget_EndsAtTheTimeBudget()
    {
        var options = new IplOptions { CcwBudget = long.MaxValue, TimeBudget = System.TimeSpan.FromMilliseconds(100) };
        var watch = Stopwatch.StartNew();

        var result = new IplSequencer(BootVolumes.Build(NopLoop), options).Run(IplMode.Hardware);

        Assert.Equal(IplFailureKind.BudgetExceeded, result.Failure);
        Assert.Contains("for longer than the time budget of 0.1 s", result.FailureMessage);
        Assert.True(watch.Elapsed.TotalSeconds < 1.5, $"ran {watch.Elapsed.TotalSeconds:F2} s");
    }
}
