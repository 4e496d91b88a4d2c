using System.IO;
using Xunit;

namespace S390Ccw.Cli.Tests;

public class ImageCommandTests
{
    private static string MakeHello(CcwTool tool) => tool.MakeDisk(Sources.Hello, "hello");

    [Fact]
    public void Mkdisk_ThenIpl_PrintsTheDisabledWaitPsw()
    {
        using var tool = new CcwTool();
        string image = MakeHello(tool);

        var (exit, output, _) = tool.Run("ipl", image);

        Assert.Equal(0, exit);
        Assert.EndsWith("PSW=000A0000 0000BEEF\n", output);
    }

    [Fact]
    public void Mkdisk_WithErrors_LeavesTheExistingImageUntouched()
    {
        using var tool = new CcwTool();
        string image = MakeHello(tool);
        byte[] before = File.ReadAllBytes(image);
        string bad = tool.Write("bad.ccw", "volume BAD1 3390 cylinders 1\n    record 0 0 4 data space 60000\n");

        var (exit, _, err) = tool.Run("mkdisk", bad, "-o", image);

        Assert.NotEqual(0, exit);
        Assert.Contains("bad.ccw(2,", err);
        Assert.Equal(before, File.ReadAllBytes(image));
    }

    [Fact]
    public void Ipl_TraceHercules_PrintsHerculesCcwAndStatusLines()
    {
        using var tool = new CcwTool();
        string image = MakeHello(tool);

        var (_, output, _) = tool.Run("ipl", image, "--trace", "hercules");

        // The implied READ IPL (s390.md §6.1) and its status as Hercules 3.13 prints them (§9.2).
        Assert.StartsWith("HHCCP048I 0120:CCW=02000000 60000018\nHHCCP075I 0120:Stat=0C00 Count=0000", output);
    }

    [Fact]
    public void Ipl_Dump_ShowsStorageAfterTheIpl()
    {
        using var tool = new CcwTool();
        string image = MakeHello(tool);

        var (_, output, _) = tool.Run("ipl", image, "--dump", "10000.10");

        // EBCDIC "HELLO FROM S390C" (code page 037).
        Assert.Contains("00010000  C8C5D3D3 D640C6D9 D6D440E2 F3F9F0C3  HELLO FROM S390C", output);
    }

    [Fact]
    public void Ipl_QemuMode_ReportsTheHandoff()
    {
        using var tool = new CcwTool();
        string image = MakeHello(tool);

        var (exit, output, _) = tool.Run("ipl", image, "--mode", "qemu");

        Assert.Equal(0, exit);
        Assert.Contains("PSW=000A0000 8000BEEF", output);
        Assert.Contains("hand-off:", output);
    }

    [Fact]
    public void Ipl_CompareModes_ReportsThePrefetchDivergence()
    {
        using var tool = new CcwTool();
        string src = tool.Write("zipl.ccw", Sources.Zipl);
        Assert.Equal(0, tool.Run("mkdisk", src, "-o", tool.PathOf("zipl.3390")).Exit);

        var (exit, output, _) = tool.Run("ipl", tool.PathOf("zipl.3390"), "--compare-modes");

        Assert.Equal(0, exit);
        Assert.Contains("QemuBios: PSW=000A0000 8000BEEF; same loaded storage as Hardware; the PSW is Hardware's with the BA bit (X'80000000', 31-bit addressing) added", output);
        Assert.Contains("Prefetch: failed", output);
        Assert.Contains("diverges", output);
        Assert.Contains("expected: a prefetching channel copies the chain", output);
        Assert.Contains("verdict: QEMU's BIOS boots this volume through vfio-ccw as the machine does (exit code 0)", output);
    }

    [Fact]
    public void Ipl_MissingImage_IsOneLineAndExit2()
    {
        using var tool = new CcwTool();

        var (exit, output, err) = tool.Run("ipl", tool.PathOf("none.3390"));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.Contains("none.3390", err);
    }

    [Fact]
    public void Ipl_DamagedHeader_NamesTheFile_Exit3()
    {
        using var tool = new CcwTool();
        string image = MakeHello(tool);
        using (var f = File.OpenWrite(image)) f.Write("GARBAGE!"u8);

        var (exit, _, err) = tool.Run("ipl", image);

        Assert.Equal(3, exit);
        Assert.StartsWith("ccw: the image is damaged at ", err);
        Assert.Contains("hello.3390", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Ls_ListsTheLabelAndRecords()
    {
        using var tool = new CcwTool();
        string image = MakeHello(tool);

        var (exit, output, _) = tool.Run("ls", image);

        Assert.Equal(0, exit);
        Assert.Contains("volume HELLO1", output);
        Assert.Contains("R1   CCHHR=(0,0,1) KL=4 DL=24 key 'IPL1'", output);
    }

    [Fact]
    public void Disasm_Ipl2Record_GivesSourceThatReassemblesToTheSameBytes()
    {
        using var tool = new CcwTool();
        string image = MakeHello(tool);

        var (exit, output, _) = tool.Run("disasm", image, "--record", "0,0,2", "--at", "0x2000");
        Assert.Equal(0, exit);
        string src = tool.Write("round.ccw", output);
        Assert.Equal(0, tool.Run("asm", src, "-o", tool.PathOf("round.bin")).Exit);
        Assert.Equal(0, tool.Run("asm", tool.PathOf("hello.ccw"), "--program", "ipl2", "-o", tool.PathOf("orig.bin")).Exit);

        Assert.Equal(File.ReadAllBytes(tool.PathOf("orig.bin")), File.ReadAllBytes(tool.PathOf("round.bin")));
    }
}
