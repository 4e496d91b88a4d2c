using System;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>What one Hercules process left behind: its output and how the run ended.</summary>
internal readonly record struct HerculesProcessOutcome(
    string Log,
    TimeSpan Elapsed,
    TimeSpan TotalElapsed,
    bool TimedOut,
    bool ScriptFinished,
    int ProcessId);
