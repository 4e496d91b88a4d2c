using System.Threading.Tasks;
using S390Ccw.Analyzers.Tests.Verifiers;
using S390Ccw.CodeFixes;
using Xunit;
using static S390Ccw.Analyzers.Tests.Analyzers.InlineProgramAnalyzerTests;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>
/// The code fix writes 'split' before the TIC of a QEMU-safe hazard and the hazard is gone (the library
/// checks the fixed code has no hazard left, only the information that stage 1b is not analysed, and that Fix All gives the same code).
/// </summary>
public sealed class SplitAtTicCodeFixTests
{
    private static Task Fix(string source, string fixedSource) =>
        new CcwCodeFixTest<InlineProgramAnalyzer, SplitAtTicCodeFix>(source, fixedSource).RunAsync();

    [Fact]
    public Task VerbatimString_GetsSplitOnItsOwnLine() =>
        Fix(Source("@\"" + HazardRead + "\n" + TicIntoLoadedBytes + "\""),
            Source("@\"READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\nsplit\n" + TicIntoLoadedBytes + "\""));

    [Fact]
    public Task EscapedString_KeepsTheTicIndentation() =>
        Fix(Source("\"" + HazardRead + "\\n    " + TicIntoLoadedBytes + "\""),
            Source("\"READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\\n    split\\n    " + TicIntoLoadedBytes + "\""));

    [Fact]
    public Task RawString_StaysRawWithItsIndentation() =>
        Fix(Source("\"\"\"\n        " + HazardRead + "\n        " + TicIntoLoadedBytes + "\n        \"\"\""),
            Source("\"\"\"\n        READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\n        split\n        " + TicIntoLoadedBytes + "\n        \"\"\""));

    [Fact]
    public Task FixAll_SplitsEveryProgramOfTheDocument()
    {
        // Two hazardous programs in one file: Fix All (document, project, solution) fixes both at once.
        string Two(string first, string second) => """
            using S390Ccw;
            using S390Ccw.Runtime.Programs;

            public static partial class Boot
            {
                [ChannelProgram(@"FIRST")]
                private static partial ChannelProgram Stage1();
                private static partial ChannelProgram Stage1() => throw new System.NotSupportedException();

                [ChannelProgram(@"SECOND")]
                private static partial ChannelProgram Stage2();
                private static partial ChannelProgram Stage2() => throw new System.NotSupportedException();
            }
            """.Replace("FIRST", first).Replace("SECOND", second);
        var test = new CcwCodeFixTest<InlineProgramAnalyzer, SplitAtTicCodeFix>(
            Two(HazardRead + "\n" + TicIntoLoadedBytes, HazardRead + "\n" + TicIntoLoadedBytes),
            Two("READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\nsplit\n" + TicIntoLoadedBytes, "READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\nsplit\n" + TicIntoLoadedBytes));
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfIncrementalIterations = 2;
        return test.RunAsync();
    }

    [Fact]
    public Task NotBootableHazard_OffersNoFix()
    {
        // READ_KD loads the CCWs: QEMU's BIOS does not split there, so 'split' is not offered (CCW0203).
        string source = Source("@\"SEEK 0x2000, CC\nSEARCH_ID_EQ 0x2008, CC\nTIC *-8\n{|CCW0203:READ_KD 0xE000, CC, SLI, len 64|}\n" + TicIntoLoadedBytes + "\"");
        return Fix(source, source);
    }
}
