using S390Ccw.Hercules.Tests.Support;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Tests.Shared;
using Xunit;

namespace S390Ccw.Hercules.Tests.Differential;

/// <summary>
/// Our emulator against Hercules (issue 4): the same image, IPLed by both; the CCW traces must agree CCW by
/// CCW (command, device and subchannel status, residual), and so must the final PSW or the failure, and the
/// storage the chain loaded.
/// </summary>
public sealed class DifferentialIplTests
{
    private const string Ipl1 = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        """;

    private const string Track0 = "    standard track0 ipl1=ipl1 ipl2=ipl2";

    /// <summary>Joins source fragments as lines.</summary>
    private static string Source(params string[] parts) => string.Join("\n", parts);

    [HerculesFact]
    public void TwoStageBoot_SearchLoopMissingOnR0First_MatchesHercules()
    {
        var run = DifferentialRun.FromSource(TestVolumes.Hello, (0x10000, 0x20), (0x00, 0x18), (0xB8, 8));

        run.AssertSameAsHercules();
        Assert.Equal(0x000A0000_0000BEEFUL, run.Ours.Psw!.Value.Value);
    }

    [HerculesFact]
    public void ZiplStyle_ReadNewCcwsThenTicToThem_MatchesHercules()
    {
        var run = DifferentialRun.FromSource(TestVolumes.ZiplStyle, (0x3000, 0x50), (0x10000, 0x20));

        run.AssertSameAsHercules();
    }

    [HerculesFact]
    public void ShortCountWithoutSli_IsIncorrectLengthAsInHercules()
    {
        var run = DifferentialRun.FromSource(Source(Ipl1, """
            program ipl2 format0 at 0x2000
                READ cyl0 trk0 rec4 -> 0x3000, len 8
            volume IL0001 3390 cylinders 1
            """, Track0, """
                record 0 0 4 data X'A0A1A2A3A4A5A6A7', X'A8A9AAABACADAEAF'
            """), (0x3000, 0x10));

        run.AssertSameAsHercules();
        Assert.Equal(IplFailureKind.IncorrectLength, run.Ours.Failure);
    }

    [HerculesFact]
    public void ShortCountWithSli_ReadsWhatFitsAsInHercules()
    {
        var run = DifferentialRun.FromSource(Source(Ipl1, """
            program ipl2 format0 at 0x2000
                READ cyl0 trk0 rec4 -> 0x3000, CC, SLI, len 8
                READ cyl0 trk0 rec5 -> 0
            volume SLI001 3390 cylinders 1
            """, Track0, """
                record 0 0 4 data X'A0A1A2A3A4A5A6A7', X'A8A9AAABACADAEAF'
                record 0 0 5 data psw 0x000A0000_0000BEEF
            """), (0x3000, 0x10));

        run.AssertSameAsHercules();
    }

    [HerculesFact]
    public void SearchForAMissingRecord_EndsInNoRecordFoundAsInHercules()
    {
        var run = DifferentialRun.FromSource(Source(Ipl1, """
            program ipl2 format0 at 0x2000
                SEEK seekarg, CC, len 6
            search: SEARCH_ID_EQ searcharg, CC, len 5
                TIC search
                READ_DATA 0x3000, SLI, len 16
            seekarg: arg seek cyl 0 head 0
            searcharg: arg search cyl 0 head 0 rec 9
            volume NRF001 3390 cylinders 1
            """, Track0), (0x3000, 0x10));

        run.AssertSameAsHercules();
        Assert.Equal(IplFailureKind.UnitCheck, run.Ours.Failure);
        Assert.Equal(0x08, run.Ours.Sense[1]);
    }

    [HerculesFact]
    public void ReadCkdAndReadKd_MatchHercules()
    {
        var run = DifferentialRun.FromSource(Source(Ipl1, """
            program ipl2 format0 at 0x2000
                READ cyl0 trk0 rec4 -> 0x3000, CC
                READ_CKD 0x3100, CC, SLI, len 64
                READ_KD 0x3200, CC, SLI, len 64
                READ cyl0 trk0 rec7 -> 0
            volume CKD001 3390 cylinders 1
            """, Track0, """
                record 0 0 4 data X'0102030405060708'
                record 0 0 5 key X'D2F5' data X'5555555555555555'
                record 0 0 6 key X'D2F6D2F6' data X'6666666666666666', X'6666'
                record 0 0 7 data psw 0x000A0000_0000BEEF
            """), (0x3000, 8), (0x3100, 0x20), (0x3200, 0x20));

        run.AssertSameAsHercules();
    }

    [HerculesFact]
    public void InvalidCommandCode_IsAChannelProgramCheckAsInHercules()
    {
        var run = DifferentialRun.FromSource(Source(Ipl1, """
            program ipl2 format0 at 0x2000
                data dword 0x00003000_00000008
            volume PGM001 3390 cylinders 1
            """, Track0));

        run.AssertSameAsHercules();
        Assert.Equal(IplFailureKind.ChannelProgramCheck, run.Ours.Failure);
    }

    [HerculesFact(RequiresDasdinit = true)]
    public void DasdinitDefaultVolume_PswIsRejectedAsByHercules()
    {
        using var directory = new TestDirectory();
        var run = DifferentialRun.FromImage(DasdinitVolumeIplTests.CreateVolume(directory));

        run.AssertSameAsHercules();
        Assert.Equal(IplFailureKind.InvalidPsw, run.Ours.Failure);
    }
}
