using System.Linq;
using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>
/// The VTOC <c>standard track0</c> writes on cylinder 0 head 1. Expected bytes follow the format-4 and
/// format-5 DSCB layouts (IBM DFSMSdfp Advanced Services, SC23-6861; Hercules dasdblks.h FORMAT4_DSCB,
/// FORMAT5_DSCB), each DSCB a record of a 44-byte key and 96 data bytes.
/// </summary>
public class VtocTests
{
    private const string Programs = "program ipl1 format0 at 0\n    psw 0x00080000_80002000\n    READ next -> ipl2, CC, SLI, len 144\n    TIC ipl2\n"
        + "program ipl2 format0 at 0x2000\n    READ cyl0 trk0 rec4 -> 0, SLI\n";

    private static VolumeDefinition Volume(int cylinders, params string[] records) =>
        Asm.Ok(Programs + $"volume VT0001 3390 cylinders {cylinders}\n    standard track0 ipl1=ipl1 ipl2=ipl2\n    record 0 0 4 data psw 0x000A0000_0000BEEF\n"
            + string.Concat(records.Select(r => "    " + r + "\n"))).Volumes.Single();

    private static RecordDefinition Dscb(VolumeDefinition volume, int record) =>
        volume.Records.Single(r => r.Address.Cylinder == 0 && r.Address.Head == 1 && r.Address.Record == record);

    [Fact]
    public void VtocTrack_IsFiftyDscbs()
    {
        var vtoc = Volume(1).Records.Where(r => r.Address.Cylinder == 0 && r.Address.Head == 1).ToList();

        // 3390 track capacity for key 44, data 96: 782 + 374 = 1156 bytes a record, 58786 / 1156 = 50.
        Assert.Equal(Enumerable.Range(1, 50), vtoc.Select(r => r.Address.Record));
        Assert.All(vtoc, r => Assert.Equal((44, 96), (r.Key.Length, r.Data.Length)));
    }

    [Fact]
    public void Format4_DescribesTheVtocAndTheDevice()
    {
        var f4 = Dscb(Volume(1), 1);

        Assert.Equal(Enumerable.Repeat((byte)0x04, 44), f4.Key);
        Assert.Equal(Asm.Hex(
            "F4" +                 // DS4IDFMT
            "0000000000" +         // DS4HPCHR: no format-1 DSCB
            "0030" +               // DS4DSREC: 48 empty DSCBs (50 - the F4 - one F5)
            "00000000" + "0000" +  // DS4HCCHH, DS4NOATK: no alternate tracks
            "00" + "01" +          // DS4VTOCI (format 5 valid), DS4NOEXT: one extent
            "00" + "00" +          // DS4SMSFG, DS4DEVAC
            "0001" + "000F" +      // DS4DEVSZ: 1 cylinder of 15 tracks
            "E5A2" +               // DS4DEVTK: 58786
            "000000" + "30" +      // DS4DEVI, DS4DEVL, DS4DEVK; DS4DEVFG
            "0000" +               // DS4DEVTL
            "32" + "2D" +          // DS4DEVDT: 50 DSCBs a track; DS4DEVDB: 45 directory blocks (key 8, data 256: 918 + 374 = 1292 bytes)
            "0000000000000000" + "00" + "0000" + "0000000000000000" + "0000000000" + // VSAM fields, reserved
            "0000000000" +         // DS4F6PTR
            "01" + "00" + "00000001" + "00000001" + // DS4VTOCE: data extent 0, CCHH 0000 0001 to 0000 0001
            new string('0', 50)),  // reserved
            f4.Data);
    }

    [Fact]
    public void Format5_MapsTheFreeTracks()
    {
        // 3 cylinders = 45 tracks; used: 0 (labels), 1 (VTOC), 15 = (1,0), 35 = (2,5).
        var volume = Volume(3, "record 1 0 1 data ebcdic \"A\"", "record 2 5 1 data ebcdic \"B\"");
        var f5 = Dscb(volume, 2);

        // Extents (relative track, whole cylinders, odd tracks): 2-14 = (2, 0, 13); 16-34 = (16, 1, 4); 36-44 = (36, 0, 9).
        Assert.Equal(Asm.Hex("05050505" + "000200000D" + "0010000104" + "0024000009"), f5.Key.Take(19).ToArray());
        Assert.All(f5.Key.Skip(19), b => Assert.Equal(0, b));
        Assert.Equal(0xF5, f5.Data[0]);
        Assert.All(f5.Data.Skip(1), b => Assert.Equal(0, b));
        Assert.Equal(0x30, Dscb(volume, 1).Data[7]);
    }

    [Fact]
    public void ManyFreeExtents_ChainFormat5Dscbs()
    {
        // 4 cylinders = 60 tracks; a record on every even track from 2 to 58 leaves the 29 odd tracks 3-59 free:
        // 26 extents fill the first format 5 (8 in its key, 18 in its data), 3 go to a second one.
        var records = Enumerable.Range(1, 29).Select(i => (2 * i) / 15 + " " + (2 * i) % 15).Select(ch => $"record {ch} 1 data ebcdic \"X\"").ToArray();
        var volume = Volume(4, records);
        var first = Dscb(volume, 2);
        var second = Dscb(volume, 3);

        Assert.Equal(Asm.Hex("0003000001"), first.Key.Skip(4).Take(5).ToArray());
        Assert.Equal(Asm.Hex("0035000001"), first.Data.Skip(1 + (5 * 17)).Take(5).ToArray()); // extent 26: track 53
        Assert.Equal(Asm.Hex("0000000103"), first.Data.Skip(91).ToArray());                   // DS5PTRDS: (0,1,3)
        Assert.Equal(Asm.Hex("05050505" + "0037000001" + "0039000001" + "003B000001"), second.Key.Take(19).ToArray());
        Assert.Equal(Asm.Hex("0000000000"), second.Data.Skip(91).ToArray());
        Assert.Equal(Asm.Hex("002F"), Dscb(volume, 1).Data.Skip(6).Take(2).ToArray()); // 47 empty DSCBs
        Assert.Equal(new byte[44], Dscb(volume, 4).Key);
    }

    [Fact]
    public void VolumeBeyond65535Tracks_LeavesFreeSpaceToTheSystem()
    {
        // A 3390-9 has 150,255 tracks: relative track addresses (2 bytes) cannot reach them, so the F4 sets
        // DS4VTOCI X'80' (format 5 not valid) and the format 5 is empty, as Hercules dasdload does.
        var volume = Asm.Ok(Programs + "volume VT0009 3390 model 9\n    standard track0 ipl1=ipl1 ipl2=ipl2\n    record 0 0 4 data psw 0x000A0000_0000BEEF\n").Volumes.Single();

        Assert.Equal(0x80, Dscb(volume, 1).Data[14]);
        Assert.Equal(Asm.Hex("05050505"), Dscb(volume, 2).Key.Take(4).ToArray());
        Assert.All(Dscb(volume, 2).Key.Skip(4), b => Assert.Equal(0, b));
    }

    [Fact]
    public void WithoutStandardTrack0_NoVtocIsWritten()
    {
        var volume = Asm.Ok("volume RAW001 3390 cylinders 1\n    record 0 0 1 data ebcdic \"X\"\n").Volumes.Single();

        Assert.Equal(new[] { (0, 0, 1) }, volume.Records.Select(r => (r.Address.Cylinder, r.Address.Head, r.Address.Record)));
    }

    [Fact]
    public void RecordOnTheVtocTrack_IsCcw0125AtTheRecord()
    {
        var d = Asm.Single(Programs + "volume VT0001 3390 cylinders 1\n    standard track0 ipl1=ipl1 ipl2=ipl2\n    record 0 1 1 data ebcdic \"MINE\"\n", "CCW0125");

        Assert.Equal(9, d.Span.Line);
        Assert.Equal("record (0,1,1) is on cylinder 0 head 1, where 'standard track0' writes the VTOC of volume VT0001; place the record on another track, or move the VTOC with 'vtoc cylC trkH'", d.Message);
    }

    [Fact]
    public void VtocClause_MovesTheVtocAndVol1PointsThere()
    {
        var volume = Asm.Ok(Programs + "volume VT0001 3390 cylinders 2\n    standard track0 ipl1=ipl1 ipl2=ipl2 vtoc cyl1 trk3\n"
            + "    record 0 0 4 data psw 0x000A0000_0000BEEF\n    record 0 1 1 data ebcdic \"MINE\"\n").Volumes.Single();

        // VOL1 bytes 11-15: CCHHR 0001 0003 01.
        Assert.Equal(Asm.Hex("0001000301"), volume.Records.Single(r => r.Address.Record == 3 && r.Address.Head == 0).Data.Skip(11).Take(5).ToArray());
        var f4 = volume.Records.Single(r => r.Address.Cylinder == 1 && r.Address.Head == 3 && r.Address.Record == 1);
        Assert.Equal(Asm.Hex("0100" + "00010003" + "00010003"), f4.Data.Skip(61).Take(10).ToArray());
        // Free: tracks 2-17 (16: 1 cylinder 1 track), 19-29 (11); 0, 1 (the record) and 18 = (1,3) are not.
        Assert.Equal(Asm.Hex("05050505" + "0002000101" + "001300000B"), volume.Records.Single(r => r.Address.Cylinder == 1 && r.Address.Head == 3 && r.Address.Record == 2).Key.Take(14).ToArray());
    }

    [Theory]
    [InlineData("vtoc cyl0 trk0", "VTOC head 0 is out of range; expected 1 to 14 (head 0 of cylinder 0 holds IPL1, IPL2 and VOL1)")]
    [InlineData("vtoc cyl2 trk1", "VTOC cylinder 2 is out of range; expected 0 to 0")]
    [InlineData("vtoc cyl0 trk15", "VTOC head 15 is out of range; expected 1 to 14 (head 0 of cylinder 0 holds IPL1, IPL2 and VOL1)")]
    public void VtocClauseOffTheVolumeOrOnTrack0_IsCcw0112AtTheClause(string clause, string message)
    {
        var d = Asm.Single(Programs + $"volume VT0001 3390 cylinders 1\n    standard track0 ipl1=ipl1 ipl2=ipl2 {clause}\n    record 0 0 4 data psw 0\n", "CCW0112");

        Assert.Equal(message, d.Message);
        Asm.AssertSpan(d, 8, 41, 4);
    }
}
