using System.Collections.Generic;
using System.CommandLine;

namespace S390Ccw.Cli.Commands;

/// <summary>Every verb of the tool.</summary>
internal static class CommandSet
{
    public static IEnumerable<Command> Create(CliConsole console) => new[]
    {
        AsmCommand.Create(console),
        DisasmCommand.Create(console),
        CheckCommand.Create(console),
        MkdiskCommand.Create(console),
        LsCommand.Create(console),
        IplCommand.Create(console),
        Lsp.LspCommand.Create(console),
    };
}
