using System;

namespace S390Ccw.Cli;

/// <summary>An error the tool reports as one line (what, where, what to do) with exit code 2; never a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }
}
