using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>The empty volume <c>dasdinit</c> writes: its IPL record is a "no IPL" placeholder Hercules rejects.</summary>
public sealed class DasdinitVolumeIplTests
{
    /// <summary>Track 0 starts after the 512-byte header; R1's data follows HA (5), R0 (8 + 8), R1's count (8) and key (4) (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)).</summary>
    private const int R1DataOffset = 512 + 5 + 16 + 8 + 4;

    [HerculesFact(RequiresDasdinit = true)]
    public void DasdinitDefaultVolume_IsRejectedWithInvalidIplPsw()
    {
        using var directory = new TestDirectory();
        string image = CreateVolume(directory);
        byte[] ipl1 = File.ReadAllBytes(image).AsSpan(R1DataOffset, 24).ToArray();

        HerculesRun run = HerculesRunner.Ipl(image, VolumeRuns.Device, HerculesRunOptions.Default);
        FixtureLogs.SaveIfRequested("dasdinit-default.log", run.Log);

        // The PSW dasdinit writes lacks bit 12 (byte 1, 0x08), which ESA/390 requires (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)).
        Assert.Equal(0, ipl1[1] & 0x08);
        HerculesIplFailure failure = Assert.IsType<HerculesIplFailure>(run.IplFailure);
        Assert.Equal(HerculesIplFailureKind.InvalidPsw, failure.Kind);
        Assert.Equal(ipl1[..8], failure.Psw);
        Assert.StartsWith("HHCCP030E", failure.Message);
    }

    [HerculesFact(RequiresDasdinit = true)]
    public void DasdinitDefaultVolume_TraceIsReadIplThenNop()
    {
        using var directory = new TestDirectory();
        string image = CreateVolume(directory);
        byte[] ipl1 = File.ReadAllBytes(image).AsSpan(R1DataOffset, 24).ToArray();

        HerculesRun run = HerculesRunner.Ipl(image, VolumeRuns.Device, HerculesRunOptions.Default);

        Assert.Equal(2, run.Trace.Length);
        // The implied READ IPL CCW (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl step 2), which ends with CE+DE.
        Assert.Equal(Bytes.Of("02000000 60000018"), run.Trace[0].Ccw);
        Assert.Equal(0x0C, run.Trace[0].Status!.DeviceStatus);
        // IPL1's CCW at 0x08 is a NOP (0x03) with count 1 (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)): it moves no data, so
        // the whole count is residual, and a format-0 immediate command never signals incorrect
        // length (SA22-7832 ch. 16, "Incorrect Length").
        Assert.Equal(ipl1[8..16], run.Trace[1].Ccw);
        Assert.Equal(0x03, run.Trace[1].Command);
        Assert.Equal(0x0C, run.Trace[1].Status!.DeviceStatus);
        Assert.Equal(0, run.Trace[1].Status!.SubchannelStatus);
        Assert.Equal(run.Trace[1].Format0Count, run.Trace[1].Status!.Residual);
    }

    /// <summary>A one-cylinder 3390 with volume serial TEST01, made by dasdinit itself.</summary>
    internal static string CreateVolume(TestDirectory directory)
    {
        string image = directory.File("dasdinit.3390");
        var start = new ProcessStartInfo(HerculesTools.Dasdinit!)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { image, "3390", "TEST01", "1" })
            start.ArgumentList.Add(argument);
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(10_000), "dasdinit did not finish");
        Assert.True(process.ExitCode == 0, output);
        return image;
    }
}
