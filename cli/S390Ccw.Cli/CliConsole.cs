using System;
using System.IO;

namespace S390Ccw.Cli;

/// <summary>Where the commands write: standard output and error, replaceable in tests.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True when standard error is a terminal, so progress bars are worth drawing.</summary>
    public bool IsInteractive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
