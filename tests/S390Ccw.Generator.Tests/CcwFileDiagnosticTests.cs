using System.Threading.Tasks;
using S390Ccw.Generator.Tests.Verifiers;
using Xunit;

namespace S390Ccw.Generator.Tests;

/// <summary>
/// Every diagnostic the language core reports in a .ccw file, as the build shows it (through the generator):
/// its ID at its exact span, given as markup in the file, and nothing else (no follow-on C# error). The
/// inputs are those of the language core's DiagnosticSpanTests. Elsewhere: CCW0108 (the volume test below),
/// CCW0202-CCW0207 (the analyzers' tests). Not tested: CCW0099, an internal error no input is known to cause.
/// </summary>
public sealed class CcwFileDiagnosticTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "CCW0001", "program p format0 at 0\n    READ_DATA 0x100, CC, {|CCW0001:bogus|}, len 4\n" },
        { "CCW0002", "program p format0 at 0\n{|CCW0002:    " + new string('A', 20000) + "|}\n" },
        { "CCW0006", "program p format0 at 0\n    data byte " + new string('(', 32) + "{|CCW0006:(|}1" + new string(')', 33) + "\n" },
        { "CCW0003", "program p format0 at 0\n    {|CCW0003:FOO|} 1\n" },
        { "CCW0004", "program p format0 at 0\n    ebcdic {|CCW0004:\"abc|}\n" },
        { "CCW0005", "program p format0 at 0\n    data byte {|CCW0005:12ab|}\n" },
        { "CCW0007", "program p format0 at 0\n    NOP{|CCW0007:\u0001|}\n" },
        { "CCW0008", "{|CCW0008:NOP 0, len 1|}\n" },
        { "CCW0009", "{|CCW0009:x|}: program p format0 at 0\n" },
        { "CCW0100", "program p format0 at 0\n    TIC {|CCW0100:nowhere|}\n" },
        { "CCW0101", "program p format0 at 0\na: NOP\n{|CCW0101:a|}: NOP\n" },
        { "CCW0102", "program p format0 at 0\n    READ_DATA {|CCW0102:0x1000000|}, len 4\n" },
        { "CCW0103", "program p format1 at 0\n    READ_DATA {|CCW0103:0x80000000|}, len 4\n" },
        { "CCW0104", "program p format0 at 0\n    data byte 1\n    {|CCW0104:NOP|}\n" },
        { "CCW0105", "program p format0 at 0\n    TIC {|CCW0105:0x104|}\n" },
        { "CCW0106", "program p format0 at 0\n    {|CCW0106:READ_DATA 0x100, len 0|}\n" },
        { "CCW0107", "program p format0 at 0\n    TIC {|CCW0107:n1|}\nn1: TIC 0x100\n" },
        { "CCW0109", "program p format0 at 0\n    psw {|CCW0109:0x00000000_00002000|}\n" },
        { "CCW0110", "volume V1 3390 cylinders 1\n    record 0 1 1 data space 56664\n    {|CCW0110:record 0 1 2 data byte 1|}\n" },
        { "CCW0111", "program p format0 at 0\n    {|CCW0111:READ_DATA|} 0x100\n" },
        { "CCW0112", "program p format0 at 0\n    READ_DATA 0x100, len {|CCW0112:70000|}\n" },
        { "CCW0113", "program p format0 at {|CCW0113:lbl|}\n" },
        { "CCW0114", "volume V1 3390 cylinders 1\n    record 0 1 1 data file {|CCW0114:\"../x.bin\"|}\n" },
        { "CCW0115", "volume V1 3390 cylinders 1\n    record 0 1 1 data program {|CCW0115:nothere|}\n" },
        { "CCW0116", "volume V1 3390 cylinders 1\n    record 0 1 1 data byte 1\n    {|CCW0116:record 0 1 1 data byte 2|}\n" },
        { "CCW0117", "volume V1 3390 cylinders 1\n    record {|CCW0117:1|} 0 1 data byte 1\n" },
        { "CCW0118", "volume {|CCW0118:TOOLONG7|} 3390\n" },
        { "CCW0119", "program p format0 at 0\n    NOP 0, CC, {|CCW0119:CC|}, len 1\n    NOP\n" },
        { "CCW0120", "program p format1 at 0\n    NOP 0, len 1\n    {|CCW0120:TIC 0, CC|}\n" },
        { "CCW0121", "program p format0 at 0\n    {|CCW0121:split|}\n    NOP\n" },
        { "CCW0122", "volume V1 3390 model {|CCW0122:4|}\n" },
        { "CCW0123", "program p format0 at 0\n    ebcdic {|CCW0123:\"\u20ac\"|}\n" },
        { "CCW0124", "program {|CCW0124:p|} format0 at 0xFFFFF8\n    NOP\n    NOP\n" },
        { "CCW0125", "program ipl1 format0 at 0\n    psw 0x00080000_80002000\n    READ next -> ipl2, CC, SLI, len 8\n    TIC ipl2\nprogram ipl2 format0 at 0x2000\n    NOP\n"
            + "volume V1 3390 cylinders 1\n    standard track0 ipl1=ipl1 ipl2=ipl2\n    {|CCW0125:record 0 1 7 data ebcdic \"X\"|}\n" },
        { "CCW0200", "program p format0 at 0\n    {|CCW0200:NOP 0, CC, len 1|}\n" },
        { "CCW0201", "program p format0 at 0\n    {|CCW0201:NOP 0, CD, len 1|}\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task CoreDiagnostic_IsReportedAtItsSpanAndAlone(string id, string markup)
    {
        Assert.Contains("{|" + id + ":", markup);
        return new CcwGeneratorTest()
            .WithCSharp("namespace Sample;\ninternal static class Uses { }\n")
            .WithCcw("boot.ccw", markup)
            .RunAsync();
    }

    [Fact]
    public Task Ipl1WithThreeCcws_Ccw0108AtTheIpl1Argument() =>
        new CcwGeneratorTest()
            .WithCSharp("namespace Sample;\ninternal static class Uses { }\n")
            .WithCcw("boot.ccw", """
                program ipl1 format0 at 0
                    psw 0x00080000_80002000
                    NOP
                    NOP
                    NOP
                program ipl2 format0 at 0x2000
                    NOP
                volume V1 3390 cylinders 1
                    standard track0 ipl1={|CCW0108:ipl1|} ipl2=ipl2
                """)
            .RunAsync();
}
