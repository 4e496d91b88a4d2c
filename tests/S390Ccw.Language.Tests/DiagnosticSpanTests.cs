using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>One test per diagnostic ID: the ID is reported once, at the exact line, column and length.</summary>
public class DiagnosticSpanTests
{
    private const string P0 = "program p format0 at 0\n";
    private const string P1 = "program p format1 at 0\n";
    private const string V = "volume V1 3390 cylinders 1\n";

    private static void At(string text, string id, int line, int column, int length) =>
        Asm.AssertSpan(Asm.Single(text, id), line, column, length);

    [Fact] public void UnexpectedOperand_CCW0001() => At(P0 + "    READ_DATA 0x100, CC, bogus, len 4", "CCW0001", 2, 26, 5);

    [Fact] public void LineTooLong_CCW0002() => At(P0 + "    " + new string('A', 20000), "CCW0002", 2, 1, 20004);

    [Fact] public void UnknownMnemonic_CCW0003() => At(P0 + "    FOO 1", "CCW0003", 2, 5, 3);

    [Fact] public void UnterminatedString_CCW0004() => At(P0 + "    ebcdic \"abc", "CCW0004", 2, 12, 4);

    [Fact] public void InvalidNumber_CCW0005() => At(P0 + "    data byte 12ab", "CCW0005", 2, 15, 4);

    [Fact]
    public void NestingTooDeep_CCW0006() =>
        At(P0 + "    data byte " + new string('(', 33) + "1" + new string(')', 33), "CCW0006", 2, 47, 1);

    [Fact] public void ControlCharacter_CCW0007() => At(P0 + "    NOP\u0001", "CCW0007", 2, 8, 1);

    [Fact] public void CcwOutsideProgram_CCW0008() => At("NOP 0, len 1", "CCW0008", 1, 1, 12);

    [Fact] public void LabelOnProgram_CCW0009() => At("x: program p format0 at 0", "CCW0009", 1, 1, 1);

    [Fact] public void UndefinedLabel_CCW0100() => At(P0 + "    TIC nowhere", "CCW0100", 2, 9, 7);

    [Fact] public void DuplicateLabel_CCW0101() => At(P0 + "a: NOP\na: NOP", "CCW0101", 3, 1, 1);

    [Fact] public void Format0AddressAbove16MiB_CCW0102() => At(P0 + "    READ_DATA 0x1000000, len 4", "CCW0102", 2, 15, 9);

    [Fact] public void Format1AddressAbove2GiB_CCW0103() => At(P1 + "    READ_DATA 0x80000000, len 4", "CCW0103", 2, 15, 10);

    [Fact] public void UnalignedCcw_CCW0104() => At(P0 + "    data byte 1\n    NOP", "CCW0104", 3, 5, 3);

    [Fact] public void UnalignedTicTarget_CCW0105() => At(P0 + "    TIC 0x104", "CCW0105", 2, 9, 5);

    [Fact] public void CountZero_CCW0106() => At(P0 + "    READ_DATA 0x100, len 0", "CCW0106", 2, 5, 22);

    [Fact] public void TicToTic_CCW0107() => At(P0 + "    TIC n1\nn1: TIC 0x100", "CCW0107", 2, 9, 2);

    [Fact]
    public void Ipl1WithThreeCcws_CCW0108()
    {
        const string text = """
            program ipl1 format0 at 0
                psw 0x00080000_80002000
                NOP
                NOP
                NOP
            program ipl2 format0 at 0x2000
                NOP
            volume V1 3390 cylinders 1
                standard track0 ipl1=ipl1 ipl2=ipl2
            """;
        var d = Asm.Single(text, "CCW0108");
        Asm.AssertSpan(d, 9, 26, 4);
        Assert.Contains("it has 3 CCWs", d.Message);
    }

    [Fact] public void PswBit12Off_CCW0109() => At(P0 + "    psw 0x00000000_00002000", "CCW0109", 2, 9, 19);

    [Fact]
    public void RecordOverflowsTrack_CCW0110()
    {
        // A keyless 56664-byte record fills a 3390 track (s390.md §4.2); nothing more fits after it.
        var d = Asm.Single(V + "    record 0 1 1 data space 56664\n    record 0 1 2 data byte 1", "CCW0110");
        Asm.AssertSpan(d, 3, 5, 24);
    }

    [Fact] public void CountCannotBeInferred_CCW0111() => At(P0 + "    READ_DATA 0x100", "CCW0111", 2, 5, 9);

    [Fact] public void CountOutOfRange_CCW0112() => At(P0 + "    READ_DATA 0x100, len 70000", "CCW0112", 2, 26, 5);

    [Fact] public void OriginNotConstant_CCW0113() => At("program p format0 at lbl", "CCW0113", 1, 22, 3);

    [Fact] public void IncludeLeavesFolder_CCW0114() => At(V + "    record 0 1 1 data file \"../x.bin\"", "CCW0114", 2, 28, 10);

    [Fact] public void UnknownProgram_CCW0115() => At(V + "    record 0 1 1 data program nothere", "CCW0115", 2, 31, 7);

    [Fact] public void DuplicateRecord_CCW0116() => At(V + "    record 0 1 1 data byte 1\n    record 0 1 1 data byte 2", "CCW0116", 3, 5, 24);

    [Fact] public void CylinderOutsideVolume_CCW0117() => At(V + "    record 1 0 1 data byte 1", "CCW0117", 2, 12, 1);

    [Fact] public void VolserTooLong_CCW0118() => At("volume TOOLONG7 3390", "CCW0118", 1, 8, 8);

    [Fact] public void RepeatedFlag_CCW0119() => At(P0 + "    NOP 0, CC, CC, len 1\n    NOP", "CCW0119", 2, 16, 2);

    [Fact] public void Format1TicWithFlags_CCW0120() => At(P1 + "    NOP 0, len 1\n    TIC 0, CC", "CCW0120", 3, 5, 9);

    [Fact] public void SplitNotBeforeTic_CCW0121() => At(P0 + "    split\n    NOP", "CCW0121", 2, 5, 5);

    [Fact] public void UnknownModel_CCW0122() => At("volume V1 3390 model 4", "CCW0122", 1, 22, 1);

    [Fact] public void CharacterWithoutEbcdicCode_CCW0123() => At(P0 + "    ebcdic \"\u20ac\"", "CCW0123", 2, 12, 3);

    [Fact] public void RecordOnVtocTrack_CCW0125() => At(P0 + "    NOP\nvolume V1 3390 cylinders 1\n    standard track0 ipl1=p ipl2=p\n    record 0 1 7 data ebcdic \"X\"", "CCW0125", 5, 5, 28);

    [Fact] public void ProgramPast16MiB_CCW0124() => At("program p format0 at 0xFFFFF8\n    NOP\n    NOP", "CCW0124", 1, 9, 1);

    [Fact] public void CommandChainOffEnd_CCW0200() => At(P0 + "    NOP 0, CC, len 1", "CCW0200", 2, 5, 16);

    [Fact] public void DataChainOffEnd_CCW0201() => At(P0 + "    NOP 0, CD, len 1", "CCW0201", 2, 5, 16);

    [Fact]
    public void ToString_IsCompilerFormat()
    {
        var result = CcwAssembler.Assemble(P0 + "    FOO", "boot.ccw");
        Assert.Equal("boot.ccw(2,5): error CCW0003: 'FOO' is not a command mnemonic or a directive", result.Diagnostics[0].ToString());
        Assert.Equal("docs/diagnostics.md#ccw0003", result.Diagnostics[0].Descriptor.HelpLink);
    }
}
