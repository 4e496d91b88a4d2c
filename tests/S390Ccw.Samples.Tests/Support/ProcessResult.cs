namespace S390Ccw.Samples.Tests.Support;

/// <summary>How a child process ended and what it wrote.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, string Error, bool TimedOut)
{
    /// <summary>Everything, for an assertion message.</summary>
    public string Describe() =>
        $"$ {CommandLine}\nexit code {ExitCode}{(TimedOut ? " (timed out)" : "")}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
