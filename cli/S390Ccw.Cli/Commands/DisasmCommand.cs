using System.CommandLine;
using S390Ccw.Language;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Cli.Commands;

/// <summary><c>ccw disasm FILE|IMAGE [--record C,H,R] [--at ADDRESS] [--format 0|1]</c>.</summary>
internal static class DisasmCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A file of CCW bytes (a memory dump, `ccw asm -o` output) or a Hercules CKD image." };
        var record = new Option<string?>("--record") { Description = "For an image: the record C,H,R whose data to disassemble (for example 0,0,1 for IPL1)." };
        var at = new Option<string?>("--at") { Description = "The storage address the bytes sit at (default 0): TIC targets and labels are computed from it." };
        var format = new Option<int>("--format") { Description = "CCW format, 0 or 1 (default 0, the IPL format).", DefaultValueFactory = _ => 0 };
        var command = new Command("disasm", "Disassemble bytes, or a record of a disk image, back to CCW source.\n\nExamples:\n  ccw disasm hello.3390 --record 0,0,2 --at 0x2000\n  ccw disasm ipl2.bin --at 0x2000") { file, record, at, format };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            int f = parse.GetValue(format);
            if (f is not (0 or 1)) throw new CliException($"--format {f}: a CCW format is 0 or 1");
            var ccwFormat = f == 0 ? CcwFormat.Format0 : CcwFormat.Format1;
            long origin = parse.GetValue(at) is string a ? Arguments.ParseNumber(a, "address") : 0;
            if (origin % 8 != 0) throw new CliException($"--at 0x{origin:X}: CCWs sit on doubleword boundaries; give a multiple of 8");
            byte[] bytes;
            if (ImageFiles.LooksLikeImage(path))
            {
                if (parse.GetValue(record) is not string r) throw new CliException($"{path} is a disk image; say which record with --record C,H,R (for example 0,0,1)");
                var address = Arguments.ParseRecord(r);
                using var store = ImageFiles.Open(path);
                var track = ImageFiles.ReadTrack(store, path, address.Cylinder, address.Head);
                int index = track.IndexOfRecord((byte)address.Record);
                if (index < 0) throw new CliException($"{path}: track ({address.Cylinder},{address.Head}) has no record {address.Record}; list it with 'ccw ls {path} --track {address.Cylinder},{address.Head}'");
                bytes = track.Data(index).ToArray();
            }
            else
            {
                if (parse.GetValue(record) is not null) throw new CliException($"{path} is not a Hercules disk image; --record applies to images only");
                bytes = SourceFiles.ReadBytes(path);
            }
            uint limit = ccwFormat == CcwFormat.Format0 ? Ccw.Format0AddressLimit : Ccw.Format1AddressLimit;
            if (origin + bytes.Length > limit) throw new CliException($"{bytes.Length} bytes at 0x{origin:X} pass the format-{f} address limit 0x{limit:X}");
            console.Output.Write(Disassembler.Disassemble(bytes, ccwFormat, (uint)origin));
            return ExitCodes.Success;
        });
        return command;
    }
}
