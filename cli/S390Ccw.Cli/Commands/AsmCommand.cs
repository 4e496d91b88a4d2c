using System.CommandLine;
using System.Linq;
using S390Ccw.Language;

namespace S390Ccw.Cli.Commands;

/// <summary><c>ccw asm FILE.ccw [-o OUT] [--program NAME] [--listing]</c>.</summary>
internal static class AsmCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The .ccw source file." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the program's bytes (CCWs, then its literal pool) exactly as they sit in storage from its origin." };
        var program = new Option<string?>("--program") { Description = "Which program of the file (needed when it has more than one and -o is given)." };
        var listing = new Option<bool>("--listing") { Description = "Print the assembler listing: location, object code, statement number, each CCW decoded (a READ's expansion CCW by CCW), source, and a cross-reference of labels." };
        var includeDirs = IncludeFolders.CreateOption();
        var command = new Command("asm", "Assemble a .ccw file.\n\nExample:\n  ccw asm boot.ccw --program ipl2 -o ipl2.bin --listing") { file, output, program, listing, includeDirs };
        command.SetAction(parse =>
        {
            var result = SourceFiles.Assemble(parse.GetValue(file)!, parse.GetValue(includeDirs));
            if (SourceFiles.Report(console, result)) return ExitCodes.Failed;
            string? name = parse.GetValue(program);
            var programs = name is null ? result.Programs : result.Programs.Where(p => p.Name == name).ToList();
            if (name is not null && programs.Count == 0)
                throw new CliException($"no program named '{name}' in {parse.GetValue(file)}; it has: {string.Join(", ", result.Programs.Select(p => p.Name))}");
            string? outPath = parse.GetValue(output);
            if (outPath is not null)
            {
                if (programs.Count != 1)
                    throw new CliException($"{parse.GetValue(file)} has {programs.Count} programs; name one with --program to write it with -o");
                SourceFiles.WriteAtomically(outPath, programs[0].Bytes);
            }
            if (parse.GetValue(listing) || outPath is null)
            {
                for (int i = 0; i < programs.Count; i++)
                {
                    var p = programs[i];
                    if (!parse.GetValue(listing))
                    {
                        console.Output.WriteLine($"program {p.Name} {(p.Format == Language.Encoding.CcwFormat.Format0 ? "format0" : "format1")} at 0x{p.Origin:X8}: {p.Ccws.Count} CCWs, {p.Bytes.Length} bytes");
                        continue;
                    }
                    if (i > 0) console.Output.WriteLine();
                    console.Output.Write(p.Listing);
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
