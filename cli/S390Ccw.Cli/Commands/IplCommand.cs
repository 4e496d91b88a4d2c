using System.CommandLine;
using System.Linq;
using S390Ccw.Cli.Output;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Runtime.Tracing;

namespace S390Ccw.Cli.Commands;

/// <summary>
/// <c>ccw ipl IMAGE [--mode hardware|prefetch|qemu] [--trace [text|hercules|json]] [--dump ADDRESS.LENGTH]... [--compare-modes]</c>:
/// boots the image in the emulator and prints the PSW; exit code 0 when a PSW was loaded.
/// </summary>
internal static class IplCommand
{
    public static Command Create(CliConsole console)
    {
        var image = new Argument<string>("image") { Description = "A Hercules CKD image." };
        var mode = new Option<string>("--mode") { Description = "hardware (the machine), prefetch (a vfio-ccw channel) or qemu (QEMU's s390-ccw BIOS).", DefaultValueFactory = _ => "hardware" };
        mode.AcceptOnlyFromAmong("hardware", "prefetch", "qemu");
        var trace = new Option<string?>("--trace") { Description = "Print every CCW: text, hercules (Hercules' HHCCP048I/075I lines) or json (one object per line).", Arity = ArgumentArity.ZeroOrOne };
        trace.AcceptOnlyFromAmong("text", "hercules", "json");
        var dump = new Option<string[]>("--dump") { Description = "Show storage after the IPL, ADDRESS.LENGTH in hex as Hercules' r command (repeatable).", AllowMultipleArgumentsPerToken = false };
        var compare = new Option<bool>("--compare-modes") { Description = "Boot in all three modes and report where prefetch and QEMU's BIOS diverge from the hardware IPL." };
        var command = new Command("ipl", "IPL a disk image in the emulator and print the final PSW.\n\nExamples:\n  ccw ipl hello.3390\n  ccw ipl hello.3390 --trace hercules --dump 10000.40\n  ccw ipl zipl.3390 --compare-modes") { image, mode, trace, dump, compare };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(image)!;
            var dumps = (parse.GetValue(dump) ?? System.Array.Empty<string>()).Select(Arguments.ParseDump).ToList();
            bool traceOn = parse.GetResult(trace) is not null;
            var traceFormat = (parse.GetValue(trace) ?? "text") switch { "hercules" => TraceFormat.Hercules, "json" => TraceFormat.Json, _ => TraceFormat.Text };
            using var store = ImageFiles.Open(path);
            var w = console.Output;

            if (parse.GetValue(compare))
            {
                var modes = IplComparison.Run(store);
                foreach (var m in modes)
                {
                    if (traceOn)
                    {
                        w.WriteLine($"--- {m.Mode} trace ---");
                        CcwTraceWriter.Write(w, m.Trace, traceFormat);
                    }
                    w.WriteLine(m.Summary);
                }
                foreach (var m in modes)
                {
                    if (m.Result.ImageDamage is { } modeDamage) return ReportDamage(console, modeDamage);
                }
                return modes[0].Result.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
            }

            var log = traceOn ? new CcwTraceLog() : null;
            var ipl = parse.GetValue(mode) switch { "prefetch" => IplMode.Prefetch, "qemu" => IplMode.QemuBios, _ => IplMode.Hardware };
            var result = new IplSequencer(store, new IplOptions { Tracer = log }).Run(ipl);
            if (log is not null)
            {
                CcwTraceWriter.Write(w, log.Records, traceFormat);
                if (log.Dropped > 0) w.WriteLine($"({log.Dropped} more CCWs not traced)");
            }
            foreach (var split in result.Splits) w.WriteLine($"split: {split}");
            foreach (var (address, length) in dumps)
            {
                if (!result.Storage.Contains(address, length))
                {
                    console.Error.WriteLine($"ccw: dump {address:X}.{length:X} is outside the {result.Storage.Size}-byte storage");
                    continue;
                }
                HexDump.Write(w, address, result.Storage.ReadBytes(address, length));
            }
            if (result.Succeeded) w.WriteLine($"PSW={result.Psw}");
            else w.WriteLine($"IPL failed: {result.FailureMessage}");
            if (result.Handoff is not null) w.WriteLine($"hand-off: {result.Handoff}");
            if (result.ImageDamage is { } damage) return ReportDamage(console, damage);
            return result.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>
    /// The IPL ended with the device's unit check for a track it could not read (an architected outcome,
    /// printed above); the tool adds what is wrong with the image, and exit code 3.
    /// </summary>
    private static int ReportDamage(CliConsole console, Runtime.Images.DiskImageException damage)
    {
        console.Error.WriteLine("ccw: " + ImageFiles.Damaged(damage).Message);
        return ExitCodes.ImageDamaged;
    }
}
