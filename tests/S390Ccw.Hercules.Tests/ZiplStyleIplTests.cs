using System.Linq;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>
/// Seek, the SEARCH ID EQUAL / TIC *-8 loop, a READ of new CCWs followed by a TIC to them, then
/// READ CKD and READ KD (<see cref="IplTestVolumes.SeekSearchAndReadNewChain"/>).
/// </summary>
public sealed class ZiplStyleIplTests
{
    private const byte SearchIdEqual = 0x31;

    private static HerculesRun Run() => VolumeRuns.Ipl(
        IplTestVolumes.SeekSearchAndReadNewChain(),
        "zipl-style.log",
        new HerculesStorageRequest(0x2100, 0x10),
        new HerculesStorageRequest(0x3000, 0x14),
        new HerculesStorageRequest(0x3100, 0x0C));

    [HerculesFact]
    public void SearchLoop_MissesOnR0ToR3AndMatchesR4WithStatusModifier()
    {
        HerculesRun run = Run();
        HerculesCcwTraceEntry[] searches = run.Trace.Where(entry => entry.Command == SearchIdEqual).ToArray();

        // After a Seek the track is at index, and Search ID compares R0 too (IBM 3390 track format, home address, R0 and count area (GC26-4577)):
        // R0, R1, R2, R3 miss (CE+DE), R4 matches (CE+DE+SM), GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count.
        Assert.Equal(5, searches.Length);
        Assert.All(searches[..4], search => Assert.Equal((ushort)0x0C00, search.Status!.Combined));
        Assert.Equal((ushort)0x4C00, searches[^1].Status!.Combined);
        // Status modifier skips the TIC: the CCW after the matching search is the READ at 0x2018.
        int last = run.Trace.IndexOf(searches[^1]);
        Assert.Equal(Bytes.Of("06002100 60000010"), run.Trace[last + 1].Ccw);
        // Four TICs back to the search, one per miss.
        Assert.Equal(4, run.Trace.Count(entry => entry.Ccw.SequenceEqual(Bytes.Of("08002008 00000000"))));
    }

    [HerculesFact]
    public void NewCcws_ReadThenTicToThem_RunAndEndNormally()
    {
        HerculesRun run = Run();
        HerculesCcwTraceEntry readCkd = run.Trace[^2];
        HerculesCcwTraceEntry readKd = run.Trace[^1];

        Assert.Equal(Bytes.Of("08002100 00000000"), run.Trace[^3].Ccw);
        // READ CKD returns count (8) + key (4) + data (8) = 20 bytes of 64: residual 44 = 0x2C.
        Assert.Equal(Bytes.Of("1E003000 60000040"), readCkd.Ccw);
        Assert.Equal((ushort)0x0C00, readCkd.Status!.Combined);
        Assert.Equal(0x2C, readCkd.Status.Residual);
        // READ KD returns key (4) + data (8) = 12 bytes: residual 52 = 0x34.
        Assert.Equal(Bytes.Of("0E003100 20000040"), readKd.Ccw);
        Assert.Equal((ushort)0x0C00, readKd.Status!.Combined);
        Assert.Equal(0x34, readKd.Status.Residual);

        Assert.Null(run.IplFailure);
        Assert.Equal(IplTestVolumes.DisabledWaitPsw, run.FinalPsw);
    }

    [HerculesFact]
    public void Storage_HoldsTheNewCcwsTheCkdAndTheKd()
    {
        HerculesRun run = Run();

        Assert.Equal(Bytes.Of("1E003000 60000040 0E003100 20000040"), run.Storage[0].Bytes);
        // Count field of R5: CC 0000 HH 0000 R 05 KL 04 DL 0008 (IBM 3390 track format, home address, R0 and count area (GC26-4577)), then key, then data.
        Assert.Equal(Bytes.Concat(Bytes.Of("0000 0000 05 04 0008"), IplTestVolumes.R5Key, IplTestVolumes.R5Data), run.Storage[1].Bytes);
        Assert.Equal(Bytes.Concat(IplTestVolumes.R6Key, IplTestVolumes.R6Data), run.Storage[2].Bytes);
    }
}
