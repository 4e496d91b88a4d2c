using System.Collections.Generic;
using System.Linq;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Differential;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>Step-by-step comparison of CCW traces, on the recorded zipl-style Hercules log.</summary>
public sealed class CcwTraceComparerTests
{
    /// <summary>
    /// The trace of <see cref="IplTestVolumes.SeekSearchAndReadNewChain"/> derived by hand:
    /// every CCW ends CE+DE (0x0C) with nothing left over unless noted.
    /// </summary>
    private static List<CcwTraceStep> DerivedZiplStyleTrace()
    {
        var steps = new List<CcwTraceStep>
        {
            CcwTraceStep.Executed("02000000 60000018", 0x0C, 0, 0),  // implied READ IPL, 24 bytes (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl)
            CcwTraceStep.Executed("06002000 6000004B", 0x0C, 0, 0),  // IPL1: READ DATA of IPL2 (75 bytes)
            CcwTraceStep.WithoutStatus("08002000 00000000"),         // IPL1: TIC to IPL2
            CcwTraceStep.Executed("07002040 60000006", 0x0C, 0, 0),  // SEEK 0/0, 6-byte argument
        };
        for (int record = 0; record < 4; record++)
        {
            // R0..R3 do not match: CE+DE, the TIC goes back (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count).
            steps.Add(CcwTraceStep.Executed("31002046 60000005", 0x0C, 0, 0));
            steps.Add(CcwTraceStep.WithoutStatus("08002008 00000000"));
        }
        steps.Add(CcwTraceStep.Executed("31002046 60000005", 0x4C, 0, 0));  // R4 matches: SM skips the TIC
        steps.Add(CcwTraceStep.Executed("06002100 60000010", 0x0C, 0, 0));  // READ R4: the new CCWs
        steps.Add(CcwTraceStep.WithoutStatus("08002100 00000000"));         // TIC to them
        steps.Add(CcwTraceStep.Executed("1E003000 60000040", 0x0C, 0, 64 - (8 + 4 + 8)));  // READ CKD of R5
        steps.Add(CcwTraceStep.Executed("0E003100 20000040", 0x0C, 0, 64 - (4 + 8)));      // READ KD of R6
        return steps;
    }

    private static IReadOnlyList<CcwTraceStep> RecordedZiplStyleTrace() =>
        HerculesLogParser.Parse(FixtureLogs.Load("zipl-style.log")).Trace.Select(CcwTraceStep.From).ToArray();

    [Fact]
    public void RecordedHerculesTrace_MatchesTheDerivedTrace()
    {
        CcwTraceDivergence? divergence = CcwTraceComparer.FirstDivergence(RecordedZiplStyleTrace(), DerivedZiplStyleTrace());

        Assert.True(divergence is null, divergence?.ToString());
    }

    [Fact]
    public void DifferentResidual_DivergesAtThatStep()
    {
        List<CcwTraceStep> ours = DerivedZiplStyleTrace();
        ours[15] = CcwTraceStep.Executed("1E003000 60000040", 0x0C, 0, 0x2B);

        CcwTraceDivergence divergence = Assert.IsType<CcwTraceDivergence>(CcwTraceComparer.FirstDivergence(RecordedZiplStyleTrace(), ours));

        Assert.Equal(15, divergence.Index);
        Assert.Equal(CcwTraceField.Residual, divergence.Field);
        Assert.Equal("CCW #15: different residual count; expected 1E003000 60000040 Stat=0C00 Count=002C, actual 1E003000 60000040 Stat=0C00 Count=002B",
            divergence.ToString());
    }

    [Fact]
    public void SearchWithoutStatusModifier_DivergesOnDeviceStatus()
    {
        List<CcwTraceStep> ours = DerivedZiplStyleTrace();
        ours[12] = CcwTraceStep.Executed("31002046 60000005", 0x0C, 0, 0);

        Assert.Equal(CcwTraceField.DeviceStatus, CcwTraceComparer.FirstDivergence(RecordedZiplStyleTrace(), ours)?.Field);
    }

    [Fact]
    public void StatusOnOurTic_StillMatches()
    {
        List<CcwTraceStep> ours = DerivedZiplStyleTrace();
        ours[2] = CcwTraceStep.Executed("08002000 00000000", 0x0C, 0, 0);

        Assert.Null(CcwTraceComparer.FirstDivergence(RecordedZiplStyleTrace(), ours));
    }

    [Fact]
    public void MissingStatusOnOurRead_IsStatusPresence()
    {
        List<CcwTraceStep> ours = DerivedZiplStyleTrace();
        ours[1] = CcwTraceStep.WithoutStatus("06002000 6000004B");

        Assert.Equal(CcwTraceField.StatusPresence, CcwTraceComparer.FirstDivergence(RecordedZiplStyleTrace(), ours)?.Field);
    }

    [Fact]
    public void ShorterAndLongerTraces_AreMissingAndExtra()
    {
        List<CcwTraceStep> ours = DerivedZiplStyleTrace();
        IReadOnlyList<CcwTraceStep> hercules = RecordedZiplStyleTrace();

        CcwTraceDivergence? shorter = CcwTraceComparer.FirstDivergence(hercules, ours.Take(10).ToArray());
        CcwTraceDivergence? longer = CcwTraceComparer.FirstDivergence(hercules, ours.Append(CcwTraceStep.WithoutStatus("08003000 00000000")).ToArray());

        Assert.Equal((10, CcwTraceField.Missing), (shorter?.Index, shorter?.Field));
        Assert.Equal((17, CcwTraceField.Extra), (longer?.Index, longer?.Field));
    }

    [Fact]
    public void DifferentCcw_DivergesOnTheCcw()
    {
        List<CcwTraceStep> ours = DerivedZiplStyleTrace();
        ours[13] = CcwTraceStep.Executed("06002200 60000010", 0x0C, 0, 0);

        CcwTraceDivergence? divergence = CcwTraceComparer.FirstDivergence(RecordedZiplStyleTrace(), ours);

        Assert.Equal((13, CcwTraceField.Ccw), (divergence?.Index, divergence?.Field));
    }

    [Fact]
    public void OneSearchFewer_DivergesWhereOurSearchMatchedEarly()
    {
        List<CcwTraceStep> ours = DerivedZiplStyleTrace();
        ours.RemoveRange(4, 2); // as if R0 had been skipped: our match comes one pair earlier

        CcwTraceDivergence? divergence = CcwTraceComparer.FirstDivergence(RecordedZiplStyleTrace(), ours);

        Assert.Equal((10, CcwTraceField.DeviceStatus), (divergence?.Index, divergence?.Field));
    }
}
