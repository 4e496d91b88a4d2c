using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using S390Ccw.Analyzers.Tests.Analysis;
using S390Ccw.Analyzers.Tests.Verifiers;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>The .ccw additional-file analyzer: the CCW02xx analysis diagnostics at their exact spans, and nothing else.</summary>
public sealed class CcwFileAnalyzerTests
{
    private const string Boot = CcwAnalyzerTest<CcwFileAnalyzer>.Folder + "boot.ccw";

    private static CcwAnalyzerTest<CcwFileAnalyzer> Test(string ccw) => new CcwAnalyzerTest<CcwFileAnalyzer>().WithCcw("boot.ccw", ccw);

    [Fact]
    public Task Hello_BothIplStagesAreCcw0207AtTheIpl1Read() =>
        // Line 3 is "    READ next -> ipl2, CC, SLI, len 144" (35 characters from column 5): the victim of the
        // implied READ IPL (which has no source) and the writer of the second hazard. The IPL's own two
        // stages are information (every bootable volume has them).
        Test(SampleChainTests.Hello)
            .Expect(
                new DiagnosticResult("CCW0207", DiagnosticSeverity.Info).WithSpan(Boot, 3, 5, 3, 40),
                new DiagnosticResult("CCW0207", DiagnosticSeverity.Info).WithSpan(Boot, 3, 5, 3, 40))
            .RunAsync();

    [Fact]
    public Task ZiplLdl_Ccw0203AtIpl1AndAtTheRereadingRead() =>
        // Line 3 "    READ_R0 0x2000, CC, SLI, len 16" (31 characters), line 4 "    READ_DATA 0, CC, SLI, len 40" (28);
        // CCW0208 at IPL1's first CCW: QEMU's own READ IPL (count 24, no SLI) ends in incorrect length on this R1.
        Test(SampleChainTests.ZiplLdl)
            .Expect(
                new DiagnosticResult("CCW0203", DiagnosticSeverity.Warning).WithSpan(Boot, 3, 5, 3, 36),
                new DiagnosticResult("CCW0208", DiagnosticSeverity.Warning).WithSpan(Boot, 3, 5, 3, 36),
                new DiagnosticResult("CCW0203", DiagnosticSeverity.Warning).WithSpan(Boot, 4, 5, 4, 33))
            .RunAsync();

    [Fact]
    public Task StageWithoutVolume_Ccw0202AtTheReadAndCcw0209AtTheTic() =>
        // No volume: the CCWs at 0x3000 come from data this build cannot see (unknown is not safe).
        Test("""
            program stage2 format0 at 0x2000
                NOP CC
                {|CCW0202:READ next -> 0x3000, CC, SLI, len 64|}
                {|CCW0209:TIC 0x3000|}
            """).RunAsync();

    [Fact]
    public Task ReadThatLoadsTheNextCcws_Ccw0202AtTheRead() =>
        // IPL2's READ stores stage 3 (record 4 holds its CCWs) at 0x3000, and the TIC then runs them.
        Test("""
            program ipl2 format0 at 0x2000
                {|CCW0202:READ cyl0 trk0 rec4 -> stage3, CC|}
                TIC stage3
            program stage3 format0 at 0x3000
                READ cyl0 trk0 rec5 -> 0x10000, SLI, len 8
            volume PKG001 3390 cylinders 1
                record 0 0 4 data program stage3
                record 0 0 5 data ebcdic "PACKAGED"
            """).RunAsync();

    [Fact]
    public Task FileWithErrors_IsLeftToTheGenerator() =>
        Test("program p format0 at 0x1000\n    BOGUS 0\n").RunAsync();

    [Fact]
    public Task ReadLengthAndUndefinedRecordAndPoolOverlap_Ccw0204To0206() =>
        // p: a READ of record (0,1,1) (16 bytes) with len 8 and no SLI ends in incorrect length; the NOP after
        // it is never reached. q: a search for (0,1,7), which the volume lacks; then a read over q's own literal
        // pool: NOP, the 4 CCWs of the READ and READ_DATA end at 0x2030, where the pool (seek BBCCHH, search CCHHR) starts.
        Test("""
            program p format0 at 0x1000
                {|CCW0204:READ cyl0 trk1 rec1 -> 0x3000, CC, len 8|}
                NOP
            program q format0 at 0x2000
                NOP CC
                {|CCW0205:READ cyl0 trk1 rec7 -> 0x3000, CC, SLI, len 8|}
                {|CCW0206:READ_DATA 0x2030, SLI, len 16|}
            volume DIAG01 3390 cylinders 1
                record 0 1 1 data dword 1, 2
            """).RunAsync();

    [Fact]
    public Task GlobalConfig_RaisesSeverityToError() =>
        Test(SampleChainTests.ZiplLdl)
            .WithConfig(".globalconfig", "is_global = true\ndotnet_diagnostic.CCW0203.severity = error\n")
            .Expect(
                new DiagnosticResult("CCW0203", DiagnosticSeverity.Error).WithSpan(Boot, 3, 5, 3, 36),
                new DiagnosticResult("CCW0208", DiagnosticSeverity.Warning).WithSpan(Boot, 3, 5, 3, 36),
                new DiagnosticResult("CCW0203", DiagnosticSeverity.Error).WithSpan(Boot, 4, 5, 4, 33))
            .RunAsync();

    [Fact]
    public Task GlobalConfig_NoneSilencesTheId() =>
        Test(SampleChainTests.Hello)
            .WithConfig(".globalconfig", "is_global = true\ndotnet_diagnostic.CCW0207.severity = none\n")
            .RunAsync();
}
