using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Runtime.Tracing;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Samples.Tests.Support;

/// <summary>
/// One image IPLed twice: by our runtime (hardware mode) and by Hercules 3.13, with Hercules asked to
/// display every storage range our chain read into (<see cref="IplComparison.LoadedRanges"/>).
/// </summary>
public sealed class DifferentialBoot
{
    private DifferentialBoot(IplResult ours, IReadOnlyList<CcwTraceRecord> ourTrace, IReadOnlyList<(uint Start, int Length)> ranges, HerculesRun hercules)
    {
        Ours = ours;
        OurTrace = ourTrace;
        LoadedRanges = ranges;
        Hercules = hercules;
    }

    public IplResult Ours { get; }

    public IReadOnlyList<CcwTraceRecord> OurTrace { get; }

    public IReadOnlyList<(uint Start, int Length)> LoadedRanges { get; }

    public HerculesRun Hercules { get; }

    public static DifferentialBoot Run(string image)
    {
        var trace = new CcwTraceLog();
        IplResult ours;
        using (var volume = CkdImage.Open(image, readOnly: true))
            ours = new IplSequencer(volume, new IplOptions { Tracer = trace }).Run(IplMode.Hardware);
        var ranges = IplComparison.LoadedRanges(trace.Records);
        var requests = ranges.Select(r => new HerculesStorageRequest(r.Start, r.Length)).ToArray();
        var run = HerculesRunner.Ipl(image, IplOptions.DefaultDeviceNumber, HerculesRunOptions.Default with { Storage = requests });
        return new DifferentialBoot(ours, trace.Records, ranges, run);
    }

    /// <summary>Both loaded the same PSW, ran the same CCWs in the same order, and left the same bytes in every loaded range.</summary>
    public void AssertSameBoot()
    {
        Assert.False(Hercules.TimedOut, Hercules.Log);
        Assert.True(Ours.Succeeded, Ours.ToString());
        Assert.True(Hercules.IplFailure is null, Hercules.IplFailure?.Message);

        var ourPsw = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(ourPsw, Ours.Psw!.Value.Value);
        Assert.Equal(ourPsw, Hercules.FinalPsw);

        var ourCcws = OurTrace.Select(r => Convert.ToHexString(r.RawBytes())).ToArray();
        var herculesCcws = Hercules.Trace.Select(e => Convert.ToHexString(e.Ccw.AsSpan())).ToArray();
        Assert.Equal(ourCcws, herculesCcws);

        Assert.NotEmpty(LoadedRanges);
        foreach (var range in Hercules.Storage)
        {
            Assert.True(range.IsAvailable, $"Hercules did not display {range.Request}");
            Assert.Equal(
                Convert.ToHexString(Ours.Storage.ReadBytes(range.Address, range.Length)),
                Convert.ToHexString(range.Bytes.AsSpan()));
        }
    }
}
