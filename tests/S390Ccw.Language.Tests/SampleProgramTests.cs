using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Encoding;
using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>The main sample of the issue: an IPL1/IPL2 pair and its volume.</summary>
public class SampleProgramTests
{
    internal const string Sample = """
        ; IPL1: PSW + read IPL2 + TIC to it
        program ipl1 format0 at 0
            psw 0x00080000_80002000          ; ESA/390 PSW, bit 12 on, entry 0x2000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
            READ cyl0 trk0 rec4 -> 0x10000, CC
            READ cyl0 trk0 rec5 -> 0          ; final PSW over location 0: disabled wait X'BEEF'
        volume HELLO1 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
            record 0 0 4 data ebcdic "HELLO FROM S390CCW"
            record 0 0 5 data psw 0x000A0000_0000BEEF
        """;

    [Fact]
    public void Ipl1_IsPswReadDataAndTic()
    {
        var ipl1 = Asm.Ok(Sample).Programs.Single(p => p.Name == "ipl1");
        // PSW: bit 12 (0x0008 in the first halfword) and BA (0x80000000) on, address 0x2000 (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)).
        // Read Data 0x06, address 0x002000, flags CC|SLI = 0x40|0x20, byte 5 zero, count 144 = 0x0090 (format-0, SA22-7832 ch. 15, "Channel-Command Word" formats).
        // TIC 0x08 to 0x002000, flags and count zero. These are the 24 bytes Hercules traces in Hercules channel.c display_ccw and msgenu.h (CCW trace).
        Assert.Equal(Asm.Hex("00080000 80002000  06002000 60000090  08002000 00000000"), ipl1.Bytes);
        Assert.Equal(CcwFormat.Format0, ipl1.Format);
        Assert.Equal(0u, ipl1.Origin);
        Assert.Equal(new uint[] { 8, 16 }, ipl1.Ccws.Select(c => c.Address));
    }

    [Fact]
    public void Ipl2_ExpandsHighLevelReadsWithPool()
    {
        var ipl2 = Asm.Ok(Sample).Programs.Single(p => p.Name == "ipl2");
        // Each READ cylC trkH recR is Seek (0x07, CC, 6), Search ID Equal (0x31, CC, 5), TIC *-8, Read Data
        // (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count). Eight CCWs end at 0x2040, where the literal pool starts: BBCCHH 000000000000 once
        // (both reads seek cylinder 0 head 0), then CCHHR 0000000004 and 0000000005.
        // Read counts: record 4 holds 18 EBCDIC characters (0x12), record 5 a PSW (8).
        var expected = Asm.Hex(
            "07002040 40000006  31002046 40000005  08002008 00000000  06010000 40000012" +
            "07002040 40000006  3100204B 40000005  08002028 00000000  06000000 00000008" +
            "000000000000 0000000004 0000000005");
        Assert.Equal(expected, ipl2.Bytes);
        Assert.Equal(0x2040u, ipl2.LiteralPoolAddress);
        Assert.Equal(16, ipl2.LiteralPoolLength);
        Assert.All(ipl2.Ccws.Take(4), c => Assert.Equal(new Cchhr(0, 0, 4), c.Record));
        Assert.Equal(new Cchhr(0, 0, 5), ipl2.Ccws[7].Record);
    }

    [Fact]
    public void Volume_HoldsStandardTrack0AndDataRecords()
    {
        var volume = Asm.Ok(Sample).Volumes.Single();
        Assert.Equal("HELLO1", volume.Volser);
        Assert.Equal(1, volume.Cylinders);
        // Track 0: R1 IPL1, R2 IPL2, R3 VOL1, R4 and R5 of the source; then the VTOC fills cylinder 0 head 1.
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, volume.Records.Where(r => r.Address.Head == 0).Select(r => r.Address.Record));
        Assert.Equal(Enumerable.Range(1, 50), volume.Records.Where(r => r.Address.Head == 1).Select(r => r.Address.Record));
        // Keys 'IPL1', 'IPL2', 'VOL1' in EBCDIC (Hercules dasdblks.h, dasdutil.c; s390-tools zipl/src/install.c).
        Assert.Equal(Asm.Hex("C9D7D3F1"), volume.Records[0].Key);
        Assert.Equal(Asm.Hex("C9D7D3F2"), volume.Records[1].Key);
        Assert.Equal(Asm.Hex("E5D6D3F1"), volume.Records[2].Key);
        Assert.Equal(24, volume.Records[0].Data.Length);
        Assert.Equal("ipl1", volume.Records[0].SourceProgram);
        Assert.Equal(80, volume.Records[2].Data.Length);
        // "HELLO" in code page 037: H=C8 E=C5 L=D3 L=D3 O=D6.
        Assert.Equal(Asm.Hex("C8C5D3D3D6"), volume.Records[3].Data.Take(5).ToArray());
        Assert.Empty(volume.Records[3].Key);
        Assert.Equal(Asm.Hex("000A0000 0000BEEF"), volume.Records[4].Data);
    }

    [Fact]
    public void Vol1Label_FollowsCdlLayout()
    {
        var vol1 = Asm.Ok(Sample).Volumes.Single().Records[2].Data;
        // Hercules dasdblks.h and dasdutil.c build_vol1 (VOL1 label): 0 'VOL1', 4 serial, 10 0xC0, 11 VTOC CCHHR 0000 0001 01, then EBCDIC blanks.
        Assert.Equal(Asm.Hex("E5D6D3F1 C8C5D3D3D6F1 C0 0000000101"), vol1.Take(16).ToArray());
        Assert.Equal(0x40, vol1[16]);
        Assert.Equal(0x40, vol1[79]);
    }

    [Fact]
    public void ProgramName_IsALabelForItsOrigin()
    {
        var result = Asm.Ok(Sample);
        Assert.Equal(0x2000u, result.Programs[1].Labels["ipl2"]);
    }
}
