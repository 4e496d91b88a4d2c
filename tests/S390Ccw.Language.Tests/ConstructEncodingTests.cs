using System.Linq;
using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>Golden bytes for each construct; expected bytes derived from SA22-7832 ch. 15, "Channel-Command Word" formats-SA22-7832 ch. 15, CCW flags.</summary>
public class ConstructEncodingTests
{
    [Fact]
    public void RawCcw_Format0_TakesHlasmOperandOrder()
    {
        // CCW cmd,addr,flags,count → format-0: 06 | 002000 | 60 (CC|SLI) | 00 | 0050.
        Assert.Equal(Asm.Hex("06002000 60000050"), Asm.Bytes("program p format0 at 0\n  CCW 0x06, 0x2000, CC|SLI, 80"));
        Assert.Equal(Asm.Hex("06002000 60000050"), Asm.Bytes("program p format0 at 0\n  CCW 6, 0x2000, 0x60, 80"));
    }

    [Fact]
    public void RawCcw_Format1_PutsAddressLast()
    {
        // format-1: 06 | 60 | 0050 | 00002000.
        Assert.Equal(Asm.Hex("06600050 00002000"), Asm.Bytes("program p format1 at 0\n  CCW X'06', 0x2000, CC|SLI, 80"));
    }

    [Fact]
    public void Flags_AnyOrderCommaOrBar_MapToFlagByte()
    {
        // CD 0x80, CC 0x40, SLI 0x20, SKIP 0x10, PCI 0x08, IDA 0x04, S 0x02, MIDA 0x01 (SA22-7832 ch. 15, CCW flags).
        var bytes = Asm.Bytes("program p format1 at 0\n  READ_DATA 0x100, MIDA | S, IDA, PCI|SKIP, SLI, len 1");
        Assert.Equal(0x3F, bytes[1]);
        Assert.Equal(0x80, Asm.Bytes("program p format1 at 0\n  NOP 0, CD, len 1\n  NOP")[1]);
    }

    [Fact]
    public void TicRelativeToLocation_TargetsEarlierCcw()
    {
        // NOP at 0x100 (CC, count 1), TIC *-8 at 0x108 → 08 000100 00 00 0000.
        var bytes = Asm.Bytes("program p format0 at 0x100\n  NOP 0, CC, len 1\n  TIC *-8");
        Assert.Equal(Asm.Hex("03000000 40000001  08000100 00000000"), bytes);
    }

    [Fact]
    public void Count_IsInferredFromFixedLengthAndDataLabels()
    {
        const string text = """
            program p format0 at 0x800
                SEEK seekarg, CC          // fixed 6 bytes
                READ_DATA buffer, SLI     // 80 bytes: the size of 'buffer'
            seekarg: arg seek cyl 5 head 3
                align 8
            buffer: space 80
            """;
        var program = Asm.Ok(text).Programs.Single();
        // SEEK 07 000810 40 00 0006; READ_DATA 06 000818 20 00 0050; BBCCHH = 0000 0005 0003, then 2 bytes
        // of alignment up to 0x818.
        Assert.Equal(Asm.Hex("07000810 40000006  06000818 20000050  00000005 00030000"), program.Bytes.Take(24).ToArray());
        Assert.Equal(0x818u, program.Labels["buffer"]);
        Assert.Equal(0x818 + 80 - 0x800, program.Bytes.Length);
    }

    [Fact]
    public void DataDirectives_AreBigEndian()
    {
        const string text = """
            program p format0 at 0
                data half 1, -1
                data word 0x12345678
                data dword 1
                data byte X'C9D7D3F1', 5
                ascii "Hi"
                ebcdic "Hi"
            """;
        // 0001 FFFF | 12345678 | 0000000000000001 | C9D7D3F1 05 | ASCII 48 69 | EBCDIC H=C8 i=89.
        Assert.Equal(Asm.Hex("0001FFFF 12345678 0000000000000001 C9D7D3F105 4869 C889"), Asm.Bytes(text));
    }

    [Fact]
    public void Expressions_AddLabelsHexAndLocation()
    {
        const string text = """
            program p format0 at 0x40
            here: data word here + 4, X'10' - 1, * - 0x40, -(2 + 3)
            """;
        // '*' is the address of the statement (0x40) for every item of it, as in HLASM.
        Assert.Equal(Asm.Hex("00000044 0000000F 00000000 FFFFFFFB"), Asm.Bytes(text));
    }

    [Fact]
    public void DefineExtentArgument_HasNamedFields()
    {
        // GA32-0274, "Define Extent"; Hercules ckddasd.c: mask 0x40, attributes default 0xC0 (ECKD), block size 0, begin CCHH 0/0, end CCHH 0/14.
        Assert.Equal(Asm.Hex("40C00000 00000000 00000000 0000000E"),
            Asm.Bytes("program p format0 at 0\n  arg define_extent mask 0x40 end 0 14"));
    }

    [Fact]
    public void LocateRecordArgument_PacksOrientationAndOperation()
    {
        // GA32-0274, "Locate Record"; Hercules ckddasd.c: byte 0 = orientation data (10) << 6 | read data 0x06 = 0x86; count 1; seek CCHH 0/1;
        // search CCHHR 0/1/3; sector 0; transfer length factor 0.
        Assert.Equal(Asm.Hex("86000001 00000001 00000001 03 00 0000"),
            Asm.Bytes("program p format0 at 0\n  arg locate_record orient data op 6 count 1 seek 0 1 search 0 1 3"));
    }

    [Fact]
    public void SearchArgument_IsCchhr()
    {
        Assert.Equal(Asm.Hex("0102000304"), Asm.Bytes("program p format0 at 0\n  arg search cyl 0x102 head 3 rec 4"));
    }

    [Fact]
    public void UnicodeArrowAndSplit_AreRecorded()
    {
        const string text = """
            program p format0 at 0x1000
                READ cyl0 trk0 rec3 → 0x3000, CC, len 80
                split
                TIC 0x3000
            """;
        var program = Asm.Ok(text).Programs.Single();
        var split = Assert.Single(program.SplitPoints);
        Assert.Equal(0x1020u, split.TicAddress);
        Assert.Equal(0x3000u, split.TargetAddress);
        Assert.Equal(3, split.Span.Line);
    }

    [Fact]
    public void RecordData_CanComeFromAnIncludedFile()
    {
        var resolver = new MapResolver(("stage2.bin", new byte[] { 1, 2, 3 }));
        var result = CcwAssembler.Assemble("volume V1 3390 model 1\n  record 0 1 1 key ebcdic \"K\" data file \"stage2.bin\"", "/x/boot.ccw", resolver);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var record = result.Volumes.Single().Records.Single();
        Assert.Equal(new byte[] { 1, 2, 3 }, record.Data);
        Assert.Equal(new byte[] { 0xD2 }, record.Key);
        Assert.Equal(1113, result.Volumes[0].Cylinders);
        Assert.Equal("/x/boot.ccw", resolver.LastIncluding);
    }

    private sealed class MapResolver : IIncludeResolver
    {
        private readonly (string Path, byte[] Bytes)[] _files;

        public MapResolver(params (string Path, byte[] Bytes)[] files) => _files = files;

        public string? LastIncluding { get; private set; }

        public bool TryRead(string? includingFilePath, string relativePath, out byte[] contents, out string error)
        {
            LastIncluding = includingFilePath;
            foreach (var (path, bytes) in _files)
            {
                if (path == relativePath)
                {
                    contents = bytes;
                    error = string.Empty;
                    return true;
                }
            }
            contents = System.Array.Empty<byte>();
            error = "not found";
            return false;
        }
    }

    [Fact]
    public void RecordKeyGivenAsByteList_StopsAtTheDataKeyword()
    {
        var record = Asm.Ok("volume V1 3390 model 1\n  record 0 0 5 key X'D2F5', 0x40 data X'55'").Volumes.Single().Records.Single();

        Assert.Equal(new byte[] { 0xD2, 0xF5, 0x40 }, record.Key);
        Assert.Equal(new byte[] { 0x55 }, record.Data);
    }

    [Fact]
    public void LongHexLiteralInAByteList_StandsForAllItsBytes()
    {
        // HLASM DC X'..': ten bytes from twenty digits, then one more byte; an odd digit count pads on the left.
        Assert.Equal(Asm.Hex("0102030405060708090A0B0C"), Asm.Bytes("program p format0 at 0\n  data byte X'0102030405060708090A', 0x0B, X'C'"));
    }
}
