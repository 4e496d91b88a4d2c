using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using S390Ccw.TestSupport.Differential;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>
/// The outcome of one headless Hercules process: its log, what the log says, and timing.
/// Byte fields here and in the trace are <see cref="ImmutableArray{T}"/>, whose own equality is
/// by reference: compare them as sequences (<c>SequenceEqual</c>, or xunit's <c>Assert.Equal</c>
/// with an array on one side).
/// </summary>
public sealed class HerculesRun
{
    internal HerculesRun(
        string log,
        HerculesLog parsed,
        IReadOnlyList<HerculesStorageRange> storage,
        TimeSpan elapsed,
        TimeSpan totalElapsed,
        bool timedOut,
        bool scriptFinished,
        int processId,
        string configuration,
        string script,
        string? workDirectory)
    {
        Log = log;
        Parsed = parsed;
        Storage = storage;
        Elapsed = elapsed;
        TotalElapsed = totalElapsed;
        TimedOut = timedOut;
        ScriptFinished = scriptFinished;
        ProcessId = processId;
        Configuration = configuration;
        Script = script;
        WorkDirectory = workDirectory;
    }

    /// <summary>Everything Hercules wrote: standard output, then standard error.</summary>
    public string Log { get; }

    public HerculesLog Parsed { get; }

    /// <summary>The CCW trace in execution order (empty when tracing was off or nothing ran).</summary>
    public ImmutableArray<HerculesCcwTraceEntry> Trace => Parsed.Trace;

    /// <summary>The trace in the neutral shape <see cref="CcwTraceComparer"/> compares.</summary>
    public IReadOnlyList<CcwTraceStep> Steps => Trace.Select(CcwTraceStep.From).ToArray();

    /// <summary>The PSW the <c>psw</c> command (or HHCCP011I) showed last: 8 bytes; empty when none.</summary>
    public ImmutableArray<byte> FinalPsw => Parsed.FinalPsw;

    /// <summary>The IPL failure Hercules reported, or null.</summary>
    public HerculesIplFailure? IplFailure => Parsed.IplFailure;

    /// <summary>
    /// The final PSW is a disabled wait by its bits (ESA/390: bit 14 wait on, bit 6 I/O mask and
    /// bit 7 external mask off, SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)). Does not depend on HHCCP011I having been printed
    /// before the run was stopped.
    /// </summary>
    public bool IsDisabledWait =>
        FinalPsw.Length >= 2 && (FinalPsw[1] & 0x02) != 0 && (FinalPsw[0] & 0x03) == 0;

    /// <summary>The requested storage ranges, in request order.</summary>
    public IReadOnlyList<HerculesStorageRange> Storage { get; }

    /// <summary>
    /// Wall time from process start until Hercules had finished the script (HHCPN013I), or until
    /// it exited or timed out: the time the run's work took.
    /// </summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Wall time from process start until the process was gone, stopping included.</summary>
    public TimeSpan TotalElapsed { get; }

    /// <summary>The run hit <see cref="HerculesRunOptions.Timeout"/> and the process tree was killed.</summary>
    public bool TimedOut { get; }

    /// <summary>Hercules read the whole script (HHCPN013I); false after a timeout or a failed start.</summary>
    public bool ScriptFinished { get; }

    public int ProcessId { get; }

    /// <summary>The configuration file text the run used.</summary>
    public string Configuration { get; }

    /// <summary>The HERCULES_RC script the run used.</summary>
    public string Script { get; }

    /// <summary>The directory holding configuration, script and log, when it was kept.</summary>
    public string? WorkDirectory { get; }

    /// <summary>The bytes of any displayed range (not only a requested one), or null.</summary>
    public byte[]? ReadStorage(uint address, int length) =>
        Parsed.TryReadStorage(address, length, out ImmutableArray<byte> bytes) ? bytes.AsSpan().ToArray() : null;

    public override string ToString() =>
        $"Hercules run: {Trace.Length} CCWs, PSW {Hex.Format(FinalPsw.AsSpan())}, "
        + (IplFailure is null ? "no IPL failure" : IplFailure.Message)
        + $", {Elapsed.TotalMilliseconds:F0} ms" + (TimedOut ? " (timed out)" : "");
}
