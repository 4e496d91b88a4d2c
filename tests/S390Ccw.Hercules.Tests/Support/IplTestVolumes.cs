using System.Collections.Generic;

namespace S390Ccw.Hercules.Tests.Support;

/// <summary>
/// Hand-made track-0 contents. Every CCW is written out in format-0 layout
/// (<c>op | address 24 | flags | 00 | count</c>, SA22-7832 ch. 15, "Channel-Command Word" formats), with flags CC = 0x40 and
/// SLI = 0x20 (SA22-7832 ch. 15, CCW flags). The IPL reads R1 into 0x00 and, because of the implied CCW's chain
/// bit, runs the CCWs at 0x08 and 0x10 that it has just read (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl).
/// </summary>
public static class IplTestVolumes
{
    /// <summary>EBCDIC 'IPL1', the key of R1 (Hercules dasdblks.h, dasdutil.c; s390-tools zipl/src/install.c).</summary>
    public static readonly byte[] Ipl1Key = Bytes.Of("C9D7D3F1");

    /// <summary>
    /// 000A0000 0000BEEF: byte 1 = 0x0A sets bit 12 (required in ESA/390) and bit 14 (wait); the
    /// I/O and external masks (bits 6, 7) are off, so this is a disabled wait with address 0xBEEF
    /// (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)).
    /// </summary>
    public static readonly byte[] DisabledWaitPsw = Bytes.Of("000A0000 0000BEEF");

    /// <summary>The 16 bytes R3 holds in the two-stage volume: A0 A1 ... AF.</summary>
    public static readonly byte[] Pattern = Bytes.Of("A0A1A2A3 A4A5A6A7 A8A9AAAB ACADAEAF");

    /// <summary>
    /// IPL1: the PSW, <c>06 002000 60 00 LEN</c> (READ DATA the next record, R2, to 0x2000 with
    /// CC|SLI) and <c>08 002000 00 00 0000</c> (TIC to the IPL2 program at 0x2000).
    /// </summary>
    public static CkdTestRecord Ipl1ReadingIpl2(ushort ipl2Length) =>
        new(1, Ipl1Key, Bytes.Concat(
            DisabledWaitPsw,
            Bytes.Of($"06002000 6000{ipl2Length:X4}"),
            Bytes.Of("08002000 00000000")));

    /// <summary>
    /// The two-stage boot: IPL2 (8 bytes at 0x2000) is <c>06 003000 00 00 0010</c>, a READ DATA
    /// of R3 (16 bytes) to 0x3000 without chaining, which ends the IPL chain.
    /// </summary>
    public static IReadOnlyList<CkdTestRecord> TwoStage() => new[]
    {
        Ipl1ReadingIpl2(8),
        CkdTestRecord.Keyless(2, Bytes.Of("06003000 00000010")),
        CkdTestRecord.Keyless(3, Pattern),
    };

    /// <summary>
    /// IPL2 reads R3 (16 bytes) with the given count and flags: a count other than 16 without SLI
    /// is incorrect length (SA22-7832 ch. 16, "Incorrect Length").
    /// </summary>
    public static IReadOnlyList<CkdTestRecord> ReadR3(ushort count, byte flags) => new[]
    {
        Ipl1ReadingIpl2(8),
        CkdTestRecord.Keyless(2, Bytes.Of($"06003000 {flags:X2}00{count:X4}")),
        CkdTestRecord.Keyless(3, Pattern),
    };

    /// <summary>
    /// The search loop on a record that is not there (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count). IPL2 (32 bytes at 0x2000):
    /// <code>
    /// 2000  31 002018 60 00 0005   SEARCH ID EQUAL, argument at 0x2018, CC|SLI
    /// 2008  08 002000 00 00 0000   TIC back to the search
    /// 2010  06 003000 00 00 0010   READ DATA to 0x3000 (reached only on a match)
    /// 2018  0000 0000 09 000000    argument CCHHR = cyl 0, head 0, record 9; 3 pad bytes
    /// </code>
    /// </summary>
    public static IReadOnlyList<CkdTestRecord> SearchForMissingRecord() => new[]
    {
        Ipl1ReadingIpl2(32),
        CkdTestRecord.Keyless(2, Bytes.Of("31002018 60000005 08002000 00000000 06003000 00000010 00000000 09000000")),
        CkdTestRecord.Keyless(3, Pattern),
    };

    /// <summary>
    /// IPL2 (16 bytes at 0x2000): <c>08 002008</c> then, at 0x2008, <c>08 002000</c>: the first
    /// TIC's target is a TIC, a channel program check (SA22-7832 ch. 15, "Transfer in Channel").
    /// </summary>
    public static IReadOnlyList<CkdTestRecord> TicToTic() => new[]
    {
        Ipl1ReadingIpl2(16),
        CkdTestRecord.Keyless(2, Bytes.Of("08002008 00000000 08002000 00000000")),
    };

    /// <summary>Keys of R5 and R6 (any bytes do; these are ASCII "K5K5" and "K6K6").</summary>
    public static readonly byte[] R5Key = Bytes.Of("4B354B35");

    public static readonly byte[] R6Key = Bytes.Of("4B364B36");

    public static readonly byte[] R5Data = Bytes.Of("55555555 55555555");

    public static readonly byte[] R6Data = Bytes.Of("66666666 66666666");

    /// <summary>
    /// A zipl-style boot (s390-tools zipl/boot/eckd0_cdl.S, eckd1.S, eckd1b.S): IPL2 seeks, searches for R4 with a SEARCH / TIC *-8 loop
    /// that misses on R0 first, READs R4, which holds new CCWs, to 0x2100 and TICs to them.
    /// <code>
    /// 2000  07 002040 60 00 0006   SEEK, argument BBCCHH at 0x2040 = 0000 0000 0000, CC|SLI
    /// 2008  31 002046 60 00 0005   SEARCH ID EQUAL, argument CCHHR at 0x2046 = 0000 0000 04, CC|SLI
    /// 2010  08 002008 00 00 0000   TIC back to the search
    /// 2018  06 002100 60 00 0010   READ DATA R4 (16 bytes) to 0x2100, CC|SLI
    /// 2020  08 002100 00 00 0000   TIC to the CCWs just read
    /// R4:   1E 003000 60 00 0040   READ COUNT KEY AND DATA of R5 to 0x3000, CC|SLI
    ///       0E 003100 20 00 0040   READ KEY AND DATA of R6 to 0x3100, SLI, end of chain
    /// </code>
    /// R5 and R6 have a 4-byte key and 8 data bytes.
    /// </summary>
    public static IReadOnlyList<CkdTestRecord> SeekSearchAndReadNewChain()
    {
        byte[] ipl2 = new byte[0x4B];
        Bytes.Of("07002040 60000006 31002046 60000005 08002008 00000000 06002100 60000010 08002100 00000000").CopyTo(ipl2, 0);
        Bytes.Of("0000 0000 0000").CopyTo(ipl2, 0x40);
        Bytes.Of("0000 0000 04").CopyTo(ipl2, 0x46);
        return new[]
        {
            Ipl1ReadingIpl2((ushort)ipl2.Length),
            CkdTestRecord.Keyless(2, ipl2),
            CkdTestRecord.Keyless(3, Pattern),
            CkdTestRecord.Keyless(4, Bytes.Of("1E003000 60000040 0E003100 20000040")),
            new CkdTestRecord(5, R5Key, R5Data),
            new CkdTestRecord(6, R6Key, R6Data),
        };
    }
}
