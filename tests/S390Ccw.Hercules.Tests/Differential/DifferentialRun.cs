using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.Language;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Runtime.Programs;
using S390Ccw.Runtime.Tracing;
using S390Ccw.TestSupport.Differential;
using S390Ccw.TestSupport.Hercules;
using Xunit;
using Xunit.Sdk;

namespace S390Ccw.Hercules.Tests.Differential;

/// <summary>
/// One volume IPLed twice from the same image file: by Hercules (the reference) and by our hardware-mode
/// IPL sequencer. Holds both outcomes and compares them CCW by CCW (command, status, residual), by final
/// PSW or failure, and by the storage ranges the test names.
/// </summary>
internal sealed class DifferentialRun
{
    private DifferentialRun(HerculesRun hercules, IplResult ours, IReadOnlyList<CcwTraceRecord> ourTrace, IReadOnlyList<(uint Address, int Length)> ranges)
    {
        Hercules = hercules;
        Ours = ours;
        OurTrace = ourTrace;
        Ranges = ranges;
    }

    public HerculesRun Hercules { get; }

    public IplResult Ours { get; }

    public IReadOnlyList<CcwTraceRecord> OurTrace { get; }

    public IReadOnlyList<(uint Address, int Length)> Ranges { get; }

    /// <summary>Assembles <paramref name="source"/>, writes its volume with our image writer, and IPLs it both ways.</summary>
    public static DifferentialRun FromSource(string source, params (uint Address, int Length)[] ranges)
    {
        var assembly = CcwAssembler.Assemble(source, "/differential/volume.ccw");
        Assert.False(assembly.HasErrors, string.Join("\n", assembly.Diagnostics));
        using var directory = new TestDirectory();
        string image = directory.File("volume.3390");
        VolumeLayout.FromDefinition(assembly.Volumes.Single()).WriteImage(image);
        return FromImage(image, ranges);
    }

    public static DifferentialRun FromImage(string image, params (uint Address, int Length)[] ranges)
    {
        var hercules = HerculesRunner.Ipl(image, VolumeRuns.Device, HerculesRunOptions.Default with
        {
            Storage = ranges.Select(r => new HerculesStorageRequest(r.Address, r.Length)).ToArray(),
        });
        if (!hercules.ScriptFinished) throw new XunitException("Hercules did not finish its script:\n" + hercules.Log);
        var log = new CcwTraceLog();
        using var volume = CkdImage.Open(image, readOnly: true);
        var ours = new IplSequencer(volume, new IplOptions { DeviceNumber = VolumeRuns.Device, Tracer = log }).Run(IplMode.Hardware);
        return new DifferentialRun(hercules, ours, log.Records, ranges);
    }

    /// <summary>Our trace in the comparer's neutral shape: TICs carry no status, as in Hercules' trace.</summary>
    public IReadOnlyList<CcwTraceStep> OurSteps => OurTrace.Select(r => r.IsTransferInChannel
        ? new CcwTraceStep(r.RawBytes().ToImmutableArray(), null, null, null)
        : new CcwTraceStep(r.RawBytes().ToImmutableArray(), (byte)r.DeviceStatus, (byte)r.SubchannelStatus, (ushort)r.ResidualCount)).ToList();

    /// <summary>Every check of the differential test: trace, outcome and storage.</summary>
    public void AssertSameAsHercules()
    {
        AssertSameTrace();
        AssertSameOutcome();
        AssertSameStorage();
    }

    public void AssertSameTrace()
    {
        var divergence = CcwTraceComparer.FirstDivergence(Hercules.Steps, OurSteps);
        if (divergence is not null)
            throw new XunitException($"first CCW that differs from Hercules: {divergence}\nHercules:\n{string.Join("\n", Hercules.Steps)}\nours:\n{string.Join("\n", OurSteps)}");
    }

    /// <summary>The same PSW loaded, or the same kind of failure with the same status, sense and PSW.</summary>
    public void AssertSameOutcome()
    {
        var failure = Hercules.IplFailure;
        if (failure is null)
        {
            // Hercules goes on to run the CPU; only a disabled wait leaves the IPL PSW to compare.
            Assert.True(Hercules.IsDisabledWait, "the test volume must end its IPL in a disabled-wait PSW: " + Hex.Format(Hercules.FinalPsw.AsSpan()));
            Assert.True(Ours.Succeeded, $"Hercules loaded PSW {Hex.Format(Hercules.FinalPsw.AsSpan())}; ours failed: {Ours.FailureMessage}");
            Assert.Equal(Hercules.FinalPsw.ToArray(), BitConverter.GetBytes(Ours.Psw!.Value.Value).Reverse().ToArray());
            return;
        }
        Assert.False(Ours.Succeeded, $"Hercules failed ({failure.Message}); ours loaded {Ours}");
        switch (failure.Kind)
        {
            case HerculesIplFailureKind.InvalidPsw:
                Assert.Equal(IplFailureKind.InvalidPsw, Ours.Failure);
                Assert.Equal(failure.Psw.ToArray(), BitConverter.GetBytes(Ours.Psw!.Value.Value).Reverse().ToArray());
                break;
            case HerculesIplFailureKind.IoError:
                Assert.Equal(failure.DeviceStatus, (byte)Ours.LastScsw.DeviceStatus);
                Assert.Equal(failure.SubchannelStatus, (byte)Ours.LastScsw.SubchannelStatus);
                if (!failure.Sense.IsDefaultOrEmpty)
                    Assert.Equal(failure.Sense.Take(3).ToArray(), Ours.Sense.Take(3).ToArray());
                break;
            default:
                throw new XunitException($"Hercules failed in a way the differential test does not compare: {failure.Message}");
        }
    }

    public void AssertSameStorage()
    {
        foreach (var (address, length) in Ranges)
        {
            var theirs = Hercules.ReadStorage(address, length) ?? throw new XunitException($"Hercules showed no storage at {address:X}");
            Assert.Equal(theirs, Ours.Storage.ReadBytes(address, length));
        }
    }
}
