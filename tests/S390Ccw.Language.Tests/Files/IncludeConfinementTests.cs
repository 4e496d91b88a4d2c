using System;
using System.IO;
using Xunit;

namespace S390Ccw.Language.Tests.Files;

/// <summary>
/// Every route out of the .ccw file's folder that issue 15 found (and the lexical ones before them)
/// is refused, and the secret file's bytes never come back; links that stay inside still work.
/// </summary>
public sealed class IncludeConfinementTests : IDisposable
{
    private readonly IncludeSandbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void DotDot_IsRefused() => AssertRefused(_box.Include("../outside/secret.bin"), "leaves the folder");

    [Fact]
    public void AbsolutePath_IsRefused() => AssertRefused(_box.Include(_box.Secret), "absolute paths are not allowed");

    [Fact]
    public void LinkToFileOutside_Relative_IsRefused()
    {
        _box.Link("rel.bin", "../outside/secret.bin");
        AssertRefused(_box.Include("rel.bin"), "outside the folder");
    }

    [Fact]
    public void LinkToFileOutside_Absolute_IsRefused()
    {
        _box.Link("abs.bin", _box.Secret);
        AssertRefused(_box.Include("abs.bin"), "outside the folder");
    }

    [Fact]
    public void LinkToEtc_IsRefused()
    {
        _box.Link("passwd.bin", "/etc/passwd");
        AssertRefused(_box.Include("passwd.bin"), "is really /etc/passwd");
    }

    [Fact]
    public void LinkThroughProcSelfRoot_IsRefused()
    {
        _box.Link("root.bin", "/proc/self/root" + _box.Secret);
        AssertRefused(_box.Include("root.bin"), "outside the folder");
    }

    [Fact]
    public void LinkThroughProcSelfFd_IsRefused()
    {
        using var open = File.OpenHandle(_box.Secret);
        _box.Link("fd.bin", "/proc/self/fd/" + open.DangerousGetHandle());
        AssertRefused(_box.Include("fd.bin"), "outside the folder");
    }

    [Fact]
    public void ChainOfLinks_IsRefused()
    {
        _box.Link("one.bin", "two.bin");
        _box.Link("two.bin", "three.bin");
        _box.Link("three.bin", _box.Secret);
        AssertRefused(_box.Include("one.bin"), "outside the folder");
    }

    [Fact]
    public void LinkedFolderOutside_IsRefused()
    {
        _box.Link("ext", _box.Outside);
        AssertRefused(_box.Include("ext/secret.bin"), "outside the folder");
    }

    [Fact]
    public void LinkInSubfolderToParentOfParent_IsRefused()
    {
        _box.Link("sub/up", "../..");
        AssertRefused(_box.Include("sub/up/outside/secret.bin"), "outside the folder");
    }

    [Fact]
    public void LinkToDevZero_IsRefused()
    {
        _box.Link("zero.bin", "/dev/zero");
        _box.Link("random.bin", "/dev/urandom");
        AssertRefused(_box.Include("zero.bin"), "outside the folder");
        AssertRefused(_box.Include("random.bin"), "outside the folder");
    }

    [Fact]
    public void LinkLoop_IsRefusedAsALoop()
    {
        _box.Link("a.bin", "b.bin");
        _box.Link("b.bin", "a.bin");
        AssertRefused(_box.Include("a.bin"), "link loop");
    }

    [Fact]
    public void DanglingLink_SaysNoSuchFile()
    {
        _box.Link("gone.bin", "nowhere.bin");
        AssertRefused(_box.Include("gone.bin"), "no such file");
    }

    [Fact]
    public void LinkInsideTheFolder_IsRead()
    {
        File.WriteAllBytes(_box.InProject("real.bin"), new byte[] { 1, 2, 3 });
        _box.Link("data/alias.bin", "../real.bin");
        var (ok, bytes, error) = _box.Include("data/alias.bin");
        Assert.True(ok, error);
        Assert.Equal(new byte[] { 1, 2, 3 }, bytes);
    }

    [Fact]
    public void HardLink_HasNoOutsidePath_AndIsRead()
    {
        string hard = _box.InProject("hard.bin");
        using (var ln = System.Diagnostics.Process.Start("ln", new[] { _box.Secret, hard })) ln.WaitForExit();
        var (ok, bytes, error) = _box.Include("hard.bin");
        Assert.True(ok, error);
        Assert.Equal(3, bytes.Length);
    }

    [Fact]
    public void AllowedFolder_LetsAnIncludeReachIt()
    {
        var resolver = new DiskIncludeResolver(new[] { _box.Outside });
        _box.Link("shared", _box.Outside);
        Assert.True(_box.Include("../outside/secret.bin", resolver).Ok);
        Assert.True(_box.Include("shared/secret.bin", resolver).Ok);
        AssertRefused(_box.Include("../project/../../etc/passwd", resolver), "leaves the folder");
    }

    private static void AssertRefused((bool Ok, byte[] Bytes, string Error) result, string expected)
    {
        Assert.False(result.Ok);
        Assert.Empty(result.Bytes);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
