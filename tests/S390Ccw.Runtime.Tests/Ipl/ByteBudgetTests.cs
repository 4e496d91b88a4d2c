using System.Diagnostics;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Ipl;
using Xunit;

namespace S390Ccw.Runtime.Tests.Ipl;

/// <summary>
/// A loop that moves a large record per turn stays far below the CCW budget but would run for minutes:
/// the byte budget ends it, says so, and keeps the run under a second or two.
/// </summary>
public sealed class ByteBudgetTests
{
    /// <summary>IPL2 reads a 50,000-byte record to 0x10000 and TICs back to read it again, forever.</summary>
    private const string LoopingVolume = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
        again:
            READ cyl0 trk1 rec1 -> 0x10000, CC
            TIC again
        volume LOOP1 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
            record 0 1 1 data space 50000
        """;

    [Fact]
    public void ReadLoop_EndsAtTheDefaultByteBudget_WithinTwoSeconds()
    {
        var watch = Stopwatch.StartNew();
        var result = new IplSequencer(BootVolumes.Build(LoopingVolume)).Run(IplMode.Hardware);
        watch.Stop();

        Assert.Equal(IplFailureKind.BudgetExceeded, result.Failure);
        Assert.Contains($"past the byte budget of {ChannelOptions.DefaultByteBudget}", result.FailureMessage);
        Assert.InRange(result.BytesTransferred, ChannelOptions.DefaultByteBudget, ChannelOptions.DefaultByteBudget + 50_000 + 144);
        Assert.True(result.CcwsExecuted < ChannelOptions.DefaultCcwBudget / 10);
        Assert.True(watch.Elapsed.TotalSeconds < 2, $"the looping IPL ran {watch.Elapsed.TotalSeconds:F2} s");
    }

    [Fact]
    public void SmallByteBudget_StopsAtTheFirstCcwBoundaryPastIt()
    {
        var result = new IplSequencer(BootVolumes.Build(LoopingVolume), new IplOptions { ByteBudget = 200_000 }).Run(IplMode.Hardware);

        Assert.Equal(IplFailureKind.BudgetExceeded, result.Failure);
        // The budget is checked before each CCW, so the run overshoots by at most one CCW's transfer.
        Assert.InRange(result.BytesTransferred, 200_000, 200_000 + 50_000);
    }
}
