using System;
using System.Diagnostics;
using System.IO;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Images;
using Xunit;

namespace S390Ccw.Cli.Tests;

/// <summary>
/// The inputs of issue 15 that hung the tool or crashed it: each now gets one clear line (exit 2, or
/// exit 1 with a CCW0114 diagnostic for an include) within two seconds, never a resource key.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData("check")]
    [InlineData("asm")]
    [InlineData("mkdisk")]
    public void DevZeroAsSource_IsNotARegularFile(string verb)
    {
        using var tool = new CcwTool();
        var (exit, err) = Timed(tool, verb == "mkdisk" ? new[] { verb, "/dev/zero", "-o", tool.PathOf("v.3390") } : new[] { verb, "/dev/zero" });
        Assert.Equal(2, exit);
        Assert.Equal("ccw: cannot read /dev/zero: it is a character device, not a regular file; only regular files are read\n", err);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("asm")]
    [InlineData("ls")]
    [InlineData("ipl")]
    public void Fifo_IsRefusedWithoutWaitingForAWriter(string verb)
    {
        using var tool = new CcwTool();
        string fifo = Fifo(tool, "pipe");
        var (exit, err) = Timed(tool, verb, fifo);
        Assert.Equal(2, exit);
        Assert.Contains("it is a FIFO (named pipe), not a regular file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_IsNamedAsAFolder()
    {
        using var tool = new CcwTool();
        var (exit, err) = Timed(tool, "check", tool.Folder);
        Assert.Equal(2, exit);
        Assert.Equal($"ccw: cannot read {tool.Folder}: it is a folder, not a file\n", err);
    }

    [Fact]
    public void MissingSource_IsWordedWithThePath()
    {
        using var tool = new CcwTool();
        string missing = tool.PathOf("nope/none.ccw");
        var (exit, err) = Timed(tool, "check", missing);
        Assert.Equal(2, exit);
        Assert.Equal($"ccw: cannot read {missing}: no such file or folder\n", err);
    }

    [Fact]
    public void DanglingLinkAsSource_SaysNoSuchFile()
    {
        using var tool = new CcwTool();
        string link = tool.PathOf("link.ccw");
        File.CreateSymbolicLink(link, tool.PathOf("gone.ccw"));
        var (exit, err) = Timed(tool, "check", link);
        Assert.Equal(2, exit);
        Assert.Equal($"ccw: cannot read {link}: no such file or folder\n", err);
    }

    [Fact]
    public void NulInPath_IsWorded()
    {
        using var tool = new CcwTool();
        var (exit, err) = Timed(tool, "check", "a\0b.ccw");
        Assert.Equal(2, exit);
        Assert.Equal("ccw: cannot read a\0b.ccw: the path contains a NUL character\n", err);
    }

    [Fact]
    public void HugeSparseSource_IsOverTheSourceLimit()
    {
        using var tool = new CcwTool();
        string path = tool.PathOf("huge.ccw");
        using (var f = File.Create(path)) f.SetLength(1_900_000_000);
        var (exit, err) = Timed(tool, "check", path);
        Assert.Equal(2, exit);
        Assert.Contains("it is 1,900,000,000 bytes, over the 4,194,304-byte limit for a source file (docs/limits.md)", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void IncludeOfALinkToADevice_IsCcw0114(string device)
    {
        using var tool = new CcwTool();
        File.CreateSymbolicLink(tool.PathOf("payload.bin"), device);
        string src = tool.Write("v.ccw", "volume V1 3390 cylinders 1\n    record 0 1 1 data file \"payload.bin\"\n");
        var (exit, err) = Timed(tool, "check", src);
        Assert.Equal(1, exit);
        Assert.Contains($"error CCW0114: cannot include 'payload.bin': the file is really {device}", err, StringComparison.Ordinal);
    }

    [Fact]
    public void IncludeOfAFifo_IsCcw0114()
    {
        using var tool = new CcwTool();
        Fifo(tool, "payload.bin");
        string src = tool.Write("v.ccw", "volume V1 3390 cylinders 1\n    record 0 1 1 data file \"payload.bin\"\n");
        var (exit, err) = Timed(tool, "mkdisk", src, "-o", tool.PathOf("v.3390"));
        Assert.Equal(1, exit);
        Assert.Contains("error CCW0114: cannot include 'payload.bin': it is a FIFO (named pipe)", err, StringComparison.Ordinal);
        Assert.False(File.Exists(tool.PathOf("v.3390")));
    }

    [Fact]
    public void MultiFileVolume_IsFoundByItsName()
    {
        using var tool = new CcwTool();
        string name = tool.PathOf("vol.3390");
        var files = CkdImageWriter.CreateEmpty(name, Dasd3390Model.Model3, "MULTI1", CkdImageOptions.Default with { Sparse = true });
        Assert.Equal(new[] { tool.PathOf("vol_1.3390"), tool.PathOf("vol_2.3390") }, files);

        var (exit, err) = Timed(tool, "ls", name, "--track", "0,0");
        Assert.True(exit == 0, err);
        var (iplExit, iplErr) = Timed(tool, "ipl", name);
        Assert.Equal(1, iplExit); // an empty volume's IPL1 has no PSW to load: an IPL outcome, not a missing file
        Assert.DoesNotContain("no such image", iplErr, StringComparison.Ordinal);
    }

    /// <summary>Runs the tool; Err is what it printed on standard error, or on both streams for check (its diagnostics go to standard output).</summary>
    private static (int Exit, string Err) Timed(CcwTool tool, params string[] args)
    {
        var watch = Stopwatch.StartNew();
        var (exit, output, err) = tool.Run(args);
        if (args[0] == "check" && exit == 1) err += output;
        Assert.True(watch.Elapsed < Quickly, $"took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.DoesNotContain("_", ResourceKeyProbe(err), StringComparison.Ordinal);
        return (exit, err);
    }

    /// <summary>The words of a message with paths and numbers removed: a resource key (IO_FileNotFound_FileName) would leave an underscore.</summary>
    private static string ResourceKeyProbe(string err)
    {
        var words = err.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", Array.FindAll(words, w => !w.Contains('/') && !w.Contains('\'') && !w.Contains('.')));
    }

    private static string Fifo(CcwTool tool, string name)
    {
        string path = tool.PathOf(name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        return path;
    }
}
