using System.Linq;
using S390Ccw.Language.Encoding;
using Xunit;

namespace S390Ccw.Language.Tests;

public class DisassemblerTests
{
    [Fact]
    public void Ipl1Record_DisassemblesToPswReadAndTic()
    {
        // The zipl CDL stage 0 (s390-tools zipl/boot/eckd0_cdl.S, eckd1.S, eckd1b.S): PSW 0x0008000080002018, Read Data of R2 into 0x18 (CC|SLI,
        // 128 bytes), TIC to 0x18. 0x18 is past these 24 bytes, so the TIC target stays an address.
        var bytes = Asm.Hex("00080000 80002018  06000018 60000080  08000018 00000000");
        string text = Disassembler.Disassemble(bytes, CcwFormat.Format0, 0);
        Assert.Equal(
            "; disassembled: 24 bytes from 0x0\n" +
            "program disassembly format0 at 0x0\n" +
            "    psw 0x00080000_80002018\n" +
            "    READ_DATA 0x18, CC, SLI, len 128\n" +
            "    TIC 0x18\n",
            text);
        Assert.Equal(bytes, Asm.Bytes(text));
    }

    [Fact]
    public void TicInsideTheBytes_GetsALabel()
    {
        // Search ID Equal (0x31, CC, 5 bytes) at 0x1000, TIC back to it at 0x1008 (the Search+TIC idiom, GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count).
        var bytes = Asm.Hex("31002000 40000005  08001000 00000000");
        string text = Disassembler.Disassemble(bytes, CcwFormat.Format0, 0x1000);
        Assert.Contains("L00001000:    SEARCH_ID_EQ 0x2000, CC, len 5", text);
        Assert.Contains("    TIC L00001000", text);
        Assert.Equal(bytes, Asm.Bytes(text));
    }

    [Fact]
    public void Format1Ccw_UsesFormat1Layout()
    {
        // Format-1: command, flags, count, 31-bit address (SA22-7832 ch. 15, "Channel-Command Word" formats): Sense ID 0xE4, SLI, 256 bytes at 0x10000.
        var bytes = Asm.Hex("E4200100 00010000");
        string text = Disassembler.Disassemble(bytes, CcwFormat.Format1, 0x800);
        Assert.Contains("SENSE_ID 0x10000, SLI, len 256", text);
        Assert.Equal(bytes, Asm.Bytes(text));
    }

    [Fact]
    public void InvalidCommandsAndTail_BecomeData()
    {
        // Command 0x00 is invalid (low nibble 0, SA22-7832 ch. 15, "Command Code"; Hercules esa390.h IS_CCW_*); a 3-byte tail cannot be a CCW.
        var bytes = Asm.Hex("00112233 44556677  AABBCC");
        string text = Disassembler.Disassemble(bytes, CcwFormat.Format0, 0x100);
        Assert.Contains("data dword 0x00112233_44556677", text);
        Assert.Contains("data byte 0xAA, 0xBB, 0xCC", text);
        Assert.Equal(bytes, Asm.Bytes(text));
    }

    [Fact]
    public void TicToTic_StaysData()
    {
        // 0x100: TIC 0x108; 0x108: TIC 0x110; 0x110: NOP. The first TIC targets a TIC, which the assembler
        // reports (CCW0107), so the disassembler leaves it as data.
        var bytes = Asm.Hex("08000108 00000000  08000110 00000000  03000000 00000001");
        string text = Disassembler.Disassemble(bytes, CcwFormat.Format0, 0x100);
        Assert.Contains("data dword 0x08000108_00000000", text);
        Assert.Contains("TIC L00000110", text);
        Assert.Equal(bytes, Asm.Bytes(text));
    }

    [Fact]
    public void Format0TicWithFlags_UsesRawForm()
    {
        // A format-0 TIC ignores flags and count (SA22-7832 ch. 15, "Transfer in Channel"), but the bytes must come back as written.
        // 0x200: NOP (count 1); 0x208: opcode 0x18 (a TIC in format 0) back to 0x200 with CC and count 5.
        var bytes = Asm.Hex("03000000 00000001  18000200 40000005");
        string text = Disassembler.Disassemble(bytes, CcwFormat.Format0, 0x200);
        Assert.Contains("CCW 0x18, L00000200, CC, 5", text);
        Assert.Equal(bytes, Asm.Bytes(text));
    }

    [Fact]
    public void OffsetOverload_DisassemblesASlice()
    {
        var bytes = Asm.Hex("FFFFFFFF 03000000 00000001 FFFF");
        string text = Disassembler.Disassemble(bytes, 4, 8, CcwFormat.Format0, 0x40);
        Assert.Contains("NOP 0x0, len 1", text);
        Assert.Equal(bytes.Skip(4).Take(8).ToArray(), Asm.Bytes(text));
    }
}
