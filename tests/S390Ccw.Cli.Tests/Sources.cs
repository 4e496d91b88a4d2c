namespace S390Ccw.Cli.Tests;

internal static class Sources
{
    public const string Hello = """
        ; hello: the smallest boot
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

    /// <summary>IPL2 reads stage-3 CCWs to 0x3000 and TICs to them: the prefetch hazard QEMU's BIOS splits.</summary>
    public const string Zipl = """
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
}
