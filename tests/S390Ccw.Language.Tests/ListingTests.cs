using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>The assembler listing, golden: every object code below is derived by hand from the format-1 CCW layout.</summary>
public class ListingTests
{
    private const string Source = """
        program loader format1 at 0x1000
        start:  NOP 0, CC, len 1
                READ cyl0 trk2 rec1 -> buffer, CC, len 12
                CCW 0x02, msg, CC|SLI, 12
                TIC start
        msg:    ebcdic "HELLO, WORLD"
        buffer: space 12
        """;

    // Format-1 CCW (SA22-7832, ch. 15 "Channel-Command Word"): command, flags (CD 80, CC 40, SLI 20, ...),
    // 2-byte count, 4-byte data address. The READ expands to SEEK (07, the 6-byte BBCCHH 0000 0000 0002 in
    // the pool at 0x1050), SEARCH ID EQUAL (31, the 5-byte CCHHR 0000 0002 01 at 0x1056), TIC *-8 (08 to
    // 0x1010) and READ DATA (06, 12 bytes to 'buffer' at 0x1044). The pool starts on the doubleword after the
    // body (0x104F -> 0x1050). "HELLO, WORLD" in code page 037: C8 C5 D3 D3 D6 6B 40 E6 D6 D9 D3 C4.
    private const string Expected = """
        program loader format1 at 0x00001000: 7 CCWs, 91 bytes
        LOC       OBJECT CODE        STMT  CCW (DECODED)                   SOURCE STATEMENT
        00001000                        1                                  program loader format1 at 0x1000
        00001000  03400001 00000000     2  NOP          CC              1  start:  NOP 0, CC, len 1
        00001008                        3                                  READ cyl0 trk2 rec1 -> buffer, CC, len 12
        00001008  07400006 00001050     3+ SEEK         CC              6
        00001010  31400005 00001056     3+ SEARCH_ID_EQ CC              5
        00001018  08000000 00001010     3+ TIC          -> 00001010
        00001020  0640000C 00001044     3+ READ_DATA    CC             12
        00001028  0260000C 00001038     4  READ_IPL     CC SLI         12  CCW 0x02, msg, CC|SLI, 12
        00001030  08000000 00001000     5  TIC          -> 00001000        TIC start
        00001038  C8C5D3D3 D66B40E6     6                                  msg:    ebcdic "HELLO, WORLD"
        00001040  D6D9D3C4
        00001044  00000000 00000000     7                                  buffer: space 12
        0000104C  00000000
        00001050  00000000 00020000                                        =literal pool: the SEEK and SEARCH arguments of high-level READs
        00001058  000201

        CROSS-REFERENCE
        SYMBOL            VALUE      DEFN  REFERENCES
        loader            00001000      1  (not referenced)
        start             00001000      2  5
        msg               00001038      6  4
        buffer            00001044      7  3

        """;

    [Fact]
    public void Listing_IsTheGoldenText()
    {
        var listing = Asm.Ok(Source).Programs[0].Listing;

        Assert.Equal(Expected.Replace("\r\n", "\n"), listing);
    }

    [Fact]
    public void ProgramName_IsCrossReferencedFromEveryUse()
    {
        // The sample defines ipl2 on line 6; IPL1's READ (line 4) and TIC (line 5) and standard track0 (line 10) use it.
        var listing = Asm.Ok(SampleProgramTests.Sample).Programs[1].Listing;

        Assert.Contains("ipl2              00002000      6  4 5 10", listing);
    }
}
