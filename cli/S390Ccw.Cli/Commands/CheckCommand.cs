using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using S390Ccw.Cli.Output;
using S390Ccw.Language;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Cli.Commands;

/// <summary><c>ccw check FILE.ccw... [--format text|sarif] [--warnaserror [ID,...]]</c>: every diagnostic; exit code 1 when there are errors.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "The .ccw files to check.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "text (file(line,col): severity ID: message) or sarif (SARIF 2.1.0 on standard output).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var warnAsError = new Option<string[]?>("--warnaserror")
        {
            Description = "Report warnings as errors (exit code 1): all of them, or only the listed IDs (--warnaserror CCW0202,CCW0204).",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "ID,...",
        };
        var baseDir = new Option<string?>("--base-dir") { HelpName = "DIR", Description = "With --format sarif: the source root (default: the current directory); file locations are relative to it, as code-scanning services expect." };
        var helpUriBase = new Option<string>("--help-uri-base")
        {
            HelpName = "URI",
            Description = "With --format sarif: the absolute URI of the diagnostics documentation; each rule's helpUri is an anchor in it.",
            DefaultValueFactory = _ => SarifWriter.DefaultHelpUriBase,
        };
        var includeDirs = IncludeFolders.CreateOption();
        var command = new Command("check", "Report every diagnostic of the language and the channel-program analysis.\n\nExamples:\n  ccw check boot.ccw\n  ccw check boot.ccw --warnaserror CCW0202\n  ccw check src/*.ccw --format sarif --base-dir . > ccw.sarif") { files, format, warnAsError, baseDir, helpUriBase, includeDirs };
        command.SetAction(parse =>
        {
            var (ids, borrowed) = WarningsAsErrors.Split(parse.GetValue(warnAsError) ?? System.Array.Empty<string>());
            var paths = borrowed.Concat(parse.GetValue(files) ?? System.Array.Empty<string>()).ToList();
            if (paths.Count == 0) throw new CliException("check: missing FILES, the .ccw files to check (run 'ccw check --help' for usage)");
            bool sarif = parse.GetValue(format) == "sarif";
            var all = new List<CcwDiagnostic>();
            var failures = new List<(string Path, string Message)>();
            foreach (var path in paths)
            {
                AssemblyResult result;
                try
                {
                    result = SourceFiles.Assemble(path, parse.GetValue(includeDirs));
                }
                catch (CliException e) when (sarif)
                {
                    // A SARIF consumer gets the log of the files that could be read, and this one as a notification.
                    failures.Add((path, e.Message));
                    continue;
                }
                all.AddRange(result.Diagnostics);
                all.AddRange(ChannelProgramChecks.Analyze(result, path));
            }
            if (parse.GetResult(warnAsError) is not null)
            {
                var raised = WarningsAsErrors.Apply(all, ids.ToList());
                all.Clear();
                all.AddRange(raised);
            }
            bool errors = all.Exists(d => d.Severity == DiagnosticSeverity.Error);
            int exitCode = failures.Count > 0 ? ExitCodes.Usage : errors ? ExitCodes.Failed : ExitCodes.Success;
            if (sarif)
            {
                using var buffer = new System.IO.MemoryStream();
                var invocation = new SarifInvocation(
                    parse.Tokens.Select(t => t.Value).ToList(), exitCode, System.IO.Directory.GetCurrentDirectory(),
                    SourceRoot(parse.GetValue(baseDir)), HelpUriBase(parse.GetValue(helpUriBase)!), failures);
                SarifWriter.Write(buffer, all, invocation);
                console.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                foreach (var (_, message) in failures) console.Error.WriteLine("ccw: " + message);
            }
            else
            {
                foreach (var d in all) console.Output.WriteLine(d.ToString());
                int errorCount = all.FindAll(d => d.Severity == DiagnosticSeverity.Error).Count;
                console.Error.WriteLine($"{paths.Count} file(s): {errorCount} error(s), {all.Count - errorCount} warning(s) or note(s)");
            }
            return exitCode;
        });
        return command;
    }

    private static string SourceRoot(string? baseDir)
    {
        if (baseDir is null) return System.IO.Directory.GetCurrentDirectory();
        if (!System.IO.Directory.Exists(baseDir)) throw new CliException($"--base-dir {baseDir}: no such directory");
        return baseDir;
    }

    private static string HelpUriBase(string text)
    {
        if (!System.Uri.TryCreate(text, System.UriKind.Absolute, out var uri) || uri.Fragment.Length > 0)
            throw new CliException($"--help-uri-base '{text}' is not an absolute URI without a fragment; give the diagnostics page, for example {SarifWriter.DefaultHelpUriBase}");
        return text;
    }
}
