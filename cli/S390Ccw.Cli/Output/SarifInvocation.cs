using System.Collections.Generic;

namespace S390Ccw.Cli.Output;

/// <summary>How the tool was run, for a SARIF log's <c>invocations</c> and locations.</summary>
/// <param name="Arguments">The command line after <c>ccw</c>.</param>
/// <param name="ExitCode">The exit code the run ends with.</param>
/// <param name="WorkingDirectory">The current directory.</param>
/// <param name="BaseDirectory">The source root artifact locations are relative to (<c>--base-dir</c>).</param>
/// <param name="HelpUriBase">The absolute URI of the diagnostics page; each rule's help is an anchor in it.</param>
/// <param name="Failures">Files the tool could not check (unreadable), with why: the run did not succeed.</param>
internal sealed record SarifInvocation(
    IReadOnlyList<string> Arguments, int ExitCode, string WorkingDirectory, string BaseDirectory, string HelpUriBase,
    IReadOnlyList<(string Path, string Message)> Failures);
