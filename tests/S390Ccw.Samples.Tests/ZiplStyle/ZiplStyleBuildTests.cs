using System;
using System.IO;
using System.Linq;
using S390Ccw.Samples.Tests.Support;
using Xunit;

namespace S390Ccw.Samples.Tests.ZiplStyle;

/// <summary>
/// The analyzers' warnings in samples/ZiplStyle's build, at their source lines: the stage-1 READ that loads
/// stage 2's CCWs before its TIC runs them (CCW0202), and the C# start of stage 1 with prefetch (CCW2001).
/// </summary>
[Collection(ZiplStyleBuild.Collection)]
public sealed class ZiplStyleBuildTests : IClassFixture<ZiplStyleBuild>
{
    private readonly ZiplStyleBuild build;

    public ZiplStyleBuildTests(ZiplStyleBuild build) => this.build = build;

    [Fact]
    public void Build_SucceedsWithTheWarningsVisible()
    {
        Assert.True(build.Result.ExitCode == 0, build.Result.Describe());
        Assert.DoesNotContain(": error ", build.Result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StageOneRead_IsWarnedAsAPrefetchHazardQemuSplits()
    {
        string file = SampleFiles.PathOf("ZiplStyle", "zipl.ccw");
        int line = SampleFiles.LineOf(file, "READ cyl0 trk0 rec4 -> stage2");

        string warning = build.Result.Output.Split('\n').FirstOrDefault(l => l.Contains($"{file}({line},5): warning CCW0202: ", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException(build.Result.Describe());
        // Stage 1 at 0x2000: SEEK, SEARCH_ID_EQ, TIC *-8, then the READ_DATA at 0x2018 whose data lands on stage 2 at 0x3000.
        Assert.Contains("READ_DATA at 0x00002018", warning);
        Assert.Contains("overwrites the CCW at 0x00003000", warning);
    }

    [Fact]
    public void PrefetchStartInCSharp_IsWarnedAtTheCallSite()
    {
        string file = SampleFiles.PathOf("ZiplStyle", "StageOneOnSubchannel.cs");
        int line = SampleFiles.LineOf(file, "prefetch: true");

        Assert.Contains($"{file}({line},", build.Result.Output, StringComparison.Ordinal);
        Assert.Contains("): warning CCW2001: 'Zipl.Stage1.Program' is started with prefetch", build.Result.Output, StringComparison.Ordinal);
    }
}
