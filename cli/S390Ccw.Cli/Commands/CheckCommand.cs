using System.Collections.Generic;
using System.CommandLine;
using S390Ccw.Cli.Output;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Cli.Commands;

/// <summary><c>ccw check FILE.ccw... [--format text|sarif]</c>: every diagnostic; exit code 1 when there are errors.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "The .ccw files to check.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (file(line,col): severity ID: message) or sarif (SARIF 2.1.0 on standard output).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var includeDirs = IncludeFolders.CreateOption();
        var command = new Command("check", "Report every diagnostic of the language and the channel-program analysis.\n\nExamples:\n  ccw check boot.ccw\n  ccw check *.ccw --format sarif > ccw.sarif") { files, format, includeDirs };
        command.SetAction(parse =>
        {
            var all = new List<CcwDiagnostic>();
            foreach (var path in parse.GetValue(files)!)
            {
                var result = SourceFiles.Assemble(path, parse.GetValue(includeDirs));
                all.AddRange(result.Diagnostics);
                all.AddRange(ChannelProgramChecks.Analyze(result, path));
            }
            bool errors = all.Exists(d => d.Severity == DiagnosticSeverity.Error);
            if (parse.GetValue(format) == "sarif")
            {
                using var buffer = new System.IO.MemoryStream();
                SarifWriter.Write(buffer, all);
                console.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                foreach (var d in all) console.Output.WriteLine(d.ToString());
                int errorCount = all.FindAll(d => d.Severity == DiagnosticSeverity.Error).Count;
                console.Error.WriteLine($"{parse.GetValue(files)!.Length} file(s): {errorCount} error(s), {all.Count - errorCount} warning(s) or note(s)");
            }
            return errors ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }
}
