namespace S390Ccw.Tests.Shared;

/// <summary>
/// The small bootable volumes several test projects use, written once (each test project compiles this file
/// in by a link). Tests that assert line numbers rely on the line layout: line 3 is IPL1's READ.
/// </summary>
internal static class TestVolumes
{
    /// <summary>
    /// IPL1 = PSW, READ next (R2, IPL2) into 0x2000, TIC 0x2000; IPL2 reads a text record (R4) to 0x10000
    /// and the final PSW (R5, disabled wait X'BEEF') over location 0 (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl).
    /// </summary>
    public const string Hello = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
            READ cyl0 trk0 rec4 -> 0x10000, CC
            READ cyl0 trk0 rec5 -> 0
        volume HELLO1 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
            record 0 0 4 data ebcdic "HELLO FROM S390CCW"
            record 0 0 5 data psw 0x000A0000_0000BEEF
        """;

    /// <summary>
    /// A zipl-like chain: IPL2 reads a third stage's CCWs (R4) into 0x3000 and TICs to them (the READ_DATA +
    /// TIC form QEMU's BIOS splits); the stage reads the payload (R5) to 0x10000 and the final PSW (R6) over 0.
    /// </summary>
    public const string ZiplStyle = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
            READ cyl0 trk0 rec4 -> stage3, CC
            TIC stage3
        program stage3 format0 at 0x3000
            READ cyl0 trk0 rec5 -> 0x10000, CC
            READ cyl0 trk0 rec6 -> 0
        volume ZIPL01 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
            record 0 0 4 data program stage3
            record 0 0 5 data ebcdic "STAGE THREE PAYLOAD"
            record 0 0 6 data psw 0x000A0000_0000BEEF
        """;

    /// <summary>
    /// IPL2 reads stage 3's CCWs and reaches them through a NOP and then a TIC: QEMU's BIOS splits only a
    /// READ directly followed by a TIC (pc-bios/s390-ccw/dasd-ipl.c), so its prefetched copy runs zeros.
    /// </summary>
    public const string QemuBiosCannotSplit = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
            READ cyl0 trk0 rec4 -> stage3, CC
            NOP 0, CC, len 1
            TIC stage3
        program stage3 format0 at 0x3000
            READ cyl0 trk0 rec5 -> 0, SLI
        volume BAD001 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
            record 0 0 4 data program stage3
            record 0 0 5 data psw 0x000A0000_0000BEEF
        """;
}
