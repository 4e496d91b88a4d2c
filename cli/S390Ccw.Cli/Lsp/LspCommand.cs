using System;
using System.CommandLine;

namespace S390Ccw.Cli.Lsp;

/// <summary><c>ccw lsp [--stdio]</c>: the language server for .ccw files on standard input and output.</summary>
internal static class LspCommand
{
    public static Command Create(CliConsole console)
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default and only transport; accepted because clients pass it)." };
        var debounce = new Option<int>("--debounce") { Description = "Milliseconds an edit waits for the next before its diagnostics are computed.", DefaultValueFactory = _ => (int)LspServer.DefaultDebounce.TotalMilliseconds };
        var command = new Command("lsp", "Serve the Language Server Protocol for .ccw files over standard input and output: diagnostics as you type, hover, go to definition, references, outline, completion, quick fixes, semantic tokens.\n\nExamples:\n  ccw lsp --stdio          (started by an editor, e.g. the VS Code extension in editors/vscode)") { stdio, debounce };
        command.SetAction(parse =>
        {
            int milliseconds = Math.Clamp(parse.GetValue(debounce), 0, 10_000);
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            var server = new LspServer(input, output, console.Error, TimeSpan.FromMilliseconds(milliseconds));
            return server.RunAsync().GetAwaiter().GetResult();
        });
        return command;
    }
}
