using System;
using System.IO;
using System.Linq;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Samples.Tests.Support;
using Xunit;

namespace S390Ccw.Samples.Tests.HelloIpl;

/// <summary>
/// samples/HelloIpl, README's main job: hello.ccw's volume written through the generated code, IPLed in
/// hardware mode. Expected values come from hello.ccw and the IPL rules of SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl-SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format).
/// </summary>
public sealed class HelloIplSampleTests : IClassFixture<HelloIplRun>
{
    private readonly HelloIplRun run;

    public HelloIplSampleTests(HelloIplRun run) => this.run = run;

    [Fact]
    public void Run_ExitsZeroAndPrintsTheDisabledWaitPswLast()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.Describe());
        Assert.Equal("", run.Result.Error);
        // hello.ccw's record 5, loaded from location 0 when the chain ends.
        Assert.Equal("PSW=000A0000 0000BEEF", run.Lines[^1]);
    }

    [Fact]
    public void Run_HeaderSaysWhatWasBuiltAndWhere()
    {
        Assert.StartsWith("HelloIpl: wrote volume HELLO1 (3390, 1 cylinder", run.Lines[0]);
        Assert.EndsWith(" to " + run.Image, run.Lines[0]);
        Assert.True(File.Exists(run.Image));
    }

    [Fact]
    public void Trace_BeginsWithTheImpliedReadIplAndIpl1sCcws()
    {
        int first = Array.FindIndex(run.Lines, l => l.StartsWith("00000000  ", StringComparison.Ordinal));
        Assert.True(first > 0, run.Result.Output);
        // The implied IPL CCW: READ IPL (02) to 0, CC|SLI (60), 24 bytes (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl step 2).
        Assert.StartsWith("00000000  02000000 60000018  READ_IPL", run.Lines[first]);
        // IPL1's CCWs from R1 at 0x08: READ_DATA of R2 to 0x2000, CC|SLI, len 144 (0x90); TIC to 0x2000.
        Assert.StartsWith("00000008  06002000 60000090  READ_DATA", run.Lines[first + 1]);
        Assert.StartsWith("00000010  08002000 00000000  TIC", run.Lines[first + 2]);
    }

    [Fact]
    public void Trace_EndsWithTheReadOfThePswOverLocationZero()
    {
        // IPL2 is two high-level READs of four CCWs each (SEEK, SEARCH_ID_EQ, TIC, READ_DATA) from 0x2000:
        // the last READ_DATA sits at 0x2000 + 7 * 8 = 0x2038, reads 8 bytes to 0 with no flags.
        string last = run.Lines.Last(l => l.Length > 10 && l[8] == ' ' && l[9] == ' ');
        Assert.StartsWith("00002038  06000000 00000008  READ_DATA", last);
        Assert.Contains("data=000A00000000BEEF", last);
    }

    [Fact]
    public void Run_ShowsThePayloadText()
    {
        Assert.Contains("Payload at 0x00010000 (18 bytes, EBCDIC): HELLO FROM S390CCW", run.Lines);
    }

    [Fact]
    public void Image_BootsInTheRuntimeFromTheFile()
    {
        using var volume = CkdImage.Open(run.Image, readOnly: true);
        var result = new IplSequencer(volume).Run(IplMode.Hardware);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(0x000A0000_0000BEEFUL, result.Psw!.Value.Value);
        // "HELLO FROM S390CCW" in code page 037: H C8, E C5, L D3, O D6, blank 40, F C6, R D9, M D4, S E2,
        // 3 F3, 9 F9, 0 F0, C C3, W E6.
        Assert.Equal("C8C5D3D3D640C6D9D6D440E2F3F9F0C3C3E6", Convert.ToHexString(result.Storage.ReadBytes(0x10000, 18)));
    }

    [HerculesFact]
    public void Image_BootsInHerculesToTheSamePswCcwsAndStorage()
    {
        var boot = DifferentialBoot.Run(run.Image);

        boot.AssertSameBoot();
        Assert.Contains(boot.LoadedRanges, r => r == (0x10000u, 18));
    }

    [Fact]
    public void BadImagePath_IsOneLineAndExitCode2()
    {
        var result = SampleApps.Run("HelloIpl", Path.Combine(run.Directory.Path, "missing-dir", "x", "hello.3390"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("HelloIpl: cannot write or read the image ", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }
}
