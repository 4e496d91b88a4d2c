using System;
using System.Linq;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>The configuration and panel script a run writes (Hercules channel.c display_ccw and msgenu.h (CCW trace)).</summary>
public sealed class HerculesScriptTests
{
    [Fact]
    public void Configuration_HasOneCpuStorageArchitectureAndTheQuotedReadOnlyDevice()
    {
        string text = HerculesScript.BuildConfiguration("/images/my volume.3390", 0x0120, HerculesRunOptions.Default);
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("NUMCPU    1", lines);
        Assert.Contains("MAINSIZE  16", lines);
        Assert.Contains("ARCHMODE  ESA/390", lines);
        Assert.Equal("0120 3390 \"/images/my volume.3390\" ro", lines[^1]);
    }

    [Fact]
    public void Configuration_WritableImageHasNoRoOption()
    {
        string text = HerculesScript.BuildConfiguration("/v.3390", 0x0A81, HerculesRunOptions.Default with { ReadOnlyImage = false });

        Assert.EndsWith("0A81 3390 \"/v.3390\"\n", text);
    }

    [Fact]
    public void Configuration_PathWithQuote_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => HerculesScript.BuildConfiguration("/a\"b.3390", 0x0120, HerculesRunOptions.Default));
    }

    [Fact]
    public void IplScript_TracesIplsShowsPswThenStorageAndHasNoQuit()
    {
        HerculesRunOptions options = HerculesRunOptions.Default with
        {
            Storage = new[] { new HerculesStorageRequest(0x3000, 0x10), new HerculesStorageRequest(0xB8, 8) },
        };

        string script = HerculesScript.BuildScript(0x0120, ipl: true, options);

        Assert.Equal("t+0120\nipl 0120\npsw\nr 3000.10\nr B8.8\n", script);
    }

    [Fact]
    public void StartOnlyScript_IsTheIplScriptWithoutIpl()
    {
        HerculesRunOptions options = HerculesRunOptions.Default with { PauseSeconds = 2 };

        Assert.Equal("t+0120\nipl 0120\npause 2\npsw\n", HerculesScript.BuildScript(0x0120, ipl: true, options));
        Assert.Equal("t+0120\npause 2\npsw\n", HerculesScript.BuildScript(0x0120, ipl: false, options));
    }

    [Fact]
    public void TraceOff_OmitsTPlus()
    {
        string script = HerculesScript.BuildScript(0x0120, ipl: true, HerculesRunOptions.Default with { TraceCcws = false });

        Assert.Equal("ipl 0120\npsw\n", script);
    }

    [Fact]
    public void LongStorageRange_IsSplitIntoDisplaysOfAtMost4KiB()
    {
        var pieces = HerculesScript.SplitStorage(new[] { new HerculesStorageRequest(0x1000, 0x2010), new HerculesStorageRequest(0, 0) });

        Assert.Equal(
            new[] { new HerculesStorageRequest(0x1000, 0x1000), new HerculesStorageRequest(0x2000, 0x1000), new HerculesStorageRequest(0x3000, 0x10) },
            pieces.ToArray());
    }
}
