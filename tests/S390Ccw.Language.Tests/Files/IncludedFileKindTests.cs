using System;
using System.Diagnostics;
using System.IO;
using S390Ccw.Language.Files;
using Xunit;

namespace S390Ccw.Language.Tests.Files;

/// <summary>
/// Inputs that are not ordinary files get a clear error at once: each test would hang or run out of
/// memory if the file were opened or read to its end first (issue 15).
/// </summary>
public sealed class IncludedFileKindTests : IDisposable
{
    private readonly IncludeSandbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void Fifo_IsRefusedWithoutBlocking()
    {
        _box.Fifo("pipe.bin");
        var watch = Stopwatch.StartNew();
        var (ok, _, error) = _box.Include("pipe.bin");
        Assert.False(ok);
        Assert.Contains("FIFO", error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Folder_IsRefused()
    {
        Directory.CreateDirectory(_box.InProject("dir.bin"));
        var (ok, _, error) = _box.Include("dir.bin");
        Assert.False(ok);
        Assert.StartsWith("it is a folder, not a file: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_SaysSoWithThePath()
    {
        var (ok, _, error) = _box.Include("missing.bin");
        Assert.False(ok);
        Assert.Equal("no such file or folder: " + _box.InProject("missing.bin"), error);
    }

    [Fact]
    public void HugeSparseFile_IsRefusedBySizeAtOnce()
    {
        string path = _box.InProject("sparse.bin");
        using (var f = File.Create(path)) f.SetLength(1_900_000_000);
        var watch = Stopwatch.StartNew();
        var (ok, _, error) = _box.Include("sparse.bin");
        Assert.False(ok);
        Assert.Contains("it is 1,900,000,000 bytes, over the 1,048,576-byte limit for an included file", error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void FileAtTheLimit_IsRead_OneByteMore_IsNot()
    {
        File.WriteAllBytes(_box.InProject("max.bin"), new byte[InputLimits.MaximumIncludedFileBytes]);
        File.WriteAllBytes(_box.InProject("over.bin"), new byte[InputLimits.MaximumIncludedFileBytes + 1]);
        Assert.True(_box.Include("max.bin").Ok);
        Assert.Contains("over the 1,048,576-byte limit", _box.Include("over.bin").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NulInPath_IsRefusedInWords()
    {
        var (ok, _, error) = _box.Include("a\0b.bin");
        Assert.False(ok);
        Assert.Equal("the path contains a NUL character", error);
    }

    [Fact]
    public void UnreadableFile_SaysPermissionDenied()
    {
        if (OperatingSystem.IsWindows()) return;
        string path = _box.InProject("locked.bin");
        File.WriteAllBytes(path, new byte[] { 1 });
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (Environment.UserName == "root")
        {
            // Root reads any file, so the refusal cannot be produced here; the wording is what the user sees.
            Assert.Equal("permission denied", InputFile.Describe(new UnauthorizedAccessException()));
            return;
        }
        var (ok, _, error) = _box.Include("locked.bin");
        Assert.False(ok);
        Assert.StartsWith("permission denied", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcFile_ClaimingZeroBytes_IsBoundedByTheLimitWhileReading()
    {
        // /proc/self/status reports size 0 but has content: the read, not the size, must stay bounded.
        Assert.True(InputFile.TryRead("/proc/self/status", 1 << 20, "a test", out var small, out _));
        Assert.NotEmpty(small);
        Assert.False(InputFile.TryRead("/proc/self/status", 16, "a test", out _, out string error));
        Assert.Contains("more than 16 bytes, over the 16-byte limit for a test", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero", "character device")]
    [InlineData("/dev/urandom", "character device")]
    [InlineData("/", "folder")]
    public void NotARegularFile_IsNamed(string path, string expected)
    {
        Assert.Contains(expected, InputFile.CheckRegularFile(path), StringComparison.Ordinal);
    }
}
