using System;

namespace S390Ccw.Cli;

/// <summary>An error the tool reports as one line (what, where, what to do) with its exit code (2 unless said); never a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.Usage)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
