using System;
using System.CommandLine;
using S390Ccw.Cli.Commands;

namespace S390Ccw.Cli;

/// <summary>The <c>ccw</c> tool. Exit codes: 0 success, 1 the input has errors (check) or the IPL loaded no PSW, 2 the tool could not do its job, 3 the disk image is damaged.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, System.IO.TextWriter stdout, System.IO.TextWriter stderr)
    {
        var root = new RootCommand("ccw: s390 channel programs as source. Assemble, check, build Hercules disk images, and IPL them in the emulator.");
        var console = new CliConsole(stdout, stderr);
        foreach (var command in CommandSet.Create(console)) root.Subcommands.Add(command);
        var parse = root.Parse(args);
        if ((parse.Errors.Count > 0 || Usage.ParseErrorReport.OptionLikeArguments(parse).Count > 0) && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            Usage.ParseErrorReport.Write(parse, stderr);
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            stderr.WriteLine("ccw: " + ex.Message);
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Never a stack trace: one line that says what failed, so it can be reported.
            stderr.WriteLine($"ccw: internal error ({ex.GetType().Name}): {ex.Message}. Please report it with the command line.");
            return ExitCodes.Usage;
        }
    }
}
