using System.IO;
using Xunit;

namespace S390Ccw.Cli.Tests;

/// <summary>--include-dir lets 'data file' reach a folder outside the .ccw file's, and only that folder.</summary>
public sealed class IncludeDirTests
{
    private const string Source = "volume INC001 3390 cylinders 1\n    record 0 1 1 data file \"../shared/payload.bin\"\n";

    [Fact]
    public void IncludeOutsideTheFolder_IsCcw0114_UnlessItsFolderIsAllowed()
    {
        using var tool = new CcwTool();
        string shared = Directory.CreateDirectory(tool.PathOf("shared")).FullName;
        File.WriteAllBytes(Path.Combine(shared, "payload.bin"), new byte[] { 1, 2, 3 });
        Directory.CreateDirectory(tool.PathOf("project"));
        string src = tool.Write("project/v.ccw", Source);

        var refused = tool.Run("check", src);
        var allowed = tool.Run("mkdisk", src, "-o", tool.PathOf("v.3390"), "--include-dir", shared);

        Assert.Equal(1, refused.Exit);
        Assert.Contains("error CCW0114: cannot include '../shared/payload.bin': the path leaves the folder", refused.Err + refused.Out);
        Assert.True(allowed.Exit == 0, allowed.Err);
    }
}
