using System.Diagnostics;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Cli.Tests;

/// <summary>A volume made by <c>ccw mkdisk</c> with <c>standard track0</c> against Hercules 3.13's own <c>dasdls</c>.</summary>
public class MkdiskVtocTests
{
    /// <summary>
    /// dasdls reads VOL1 (0,0,3), then the format-4 DSCB where VOL1 points, and lists the data set names of
    /// the DSCB keys in the F4's VTOC extent (Hercules dasdls.c, do_ls_cif and list_contents). Before the
    /// VTOC existed it stopped with HHCDU004E, a read track error on (0,1).
    /// </summary>
    [DasdlsFact]
    public void StandardTrack0Volume_IsListedByDasdls()
    {
        using var tool = new CcwTool();
        string image = tool.MakeDisk(Sources.Hello, "hello");

        var (exit, output) = Dasdls(tool, image);

        Assert.True(exit == 0, output);
        Assert.Contains($"{image}: VOLSER=HELLO1", output);
        Assert.DoesNotContain("HHCDU", output);
        Assert.DoesNotContain("not found", output);
    }

    [Fact]
    public void RecordOnTheVtocTrack_IsALocatedErrorAndNoImage()
    {
        using var tool = new CcwTool();
        string src = tool.Write("v.ccw", Sources.Hello + "\n    record 0 1 3 data ebcdic \"MINE\"\n");

        var (exit, _, err) = tool.Run("mkdisk", src, "-o", tool.PathOf("v.3390"));

        Assert.Equal(1, exit);
        Assert.Contains("v.ccw(12,5): error CCW0125: record (0,1,3) is on cylinder 0 head 1", err);
        Assert.False(System.IO.File.Exists(tool.PathOf("v.3390")));
    }

    private static (int Exit, string Output) Dasdls(CcwTool tool, string image)
    {
        var start = new ProcessStartInfo(HerculesTools.Dasdls!)
        {
            WorkingDirectory = tool.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(image);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000), "dasdls did not finish in 30 s");
        return (process.ExitCode, stdout + stderr.Result);
    }
}
