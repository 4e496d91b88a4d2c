using System.CommandLine;
using System.Linq;
using S390Ccw.Cli.Output;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Runtime.Tracing;

namespace S390Ccw.Cli.Commands;

/// <summary>
/// <c>ccw ipl IMAGE [--mode hardware|prefetch|qemu] [--devno XXXX] [--trace [text|hercules|json]] [--dump ADDRESS.LENGTH]...
/// [--compare-modes [--format text|json]]</c>: boots the image in the emulator and prints the PSW; exit code 0 when a PSW
/// was loaded. With --compare-modes, exit code 0 when QEMU's BIOS boots the volume as the machine does, 1 when it does not.
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
        var compare = new Option<bool>("--compare-modes") { Description = "Boot in all three modes and answer: can QEMU's BIOS boot this volume through vfio-ccw as the machine does? Exit code 0 yes, 1 no; plain prefetch always fails (expected)." };
        var format = new Option<string>("--format") { Description = "Output of --compare-modes: text, or json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var devno = new Option<string?>("--devno") { HelpName = "XXXX", Description = "The IPL device's number, 1 to 4 hex digits as on Hercules' ipl command (default 0120)." };
        var command = new Command("ipl", "IPL a disk image in the emulator and print the final PSW.\n\nExamples:\n  ccw ipl hello.3390\n  ccw ipl hello.3390 --trace hercules --dump 10000.40\n  ccw ipl zipl.3390 --compare-modes --format json\n  ccw ipl hello.3390 --devno 0190") { image, mode, devno, trace, dump, compare, format };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(image)!;
            var dumps = (parse.GetValue(dump) ?? System.Array.Empty<string>()).Select(Arguments.ParseDump).ToList();
            bool traceOn = parse.GetResult(trace) is not null;
            var traceFormat = (parse.GetValue(trace) ?? "text") switch { "hercules" => TraceFormat.Hercules, "json" => TraceFormat.Json, _ => TraceFormat.Text };
            ushort deviceNumber = parse.GetValue(devno) is string d ? Arguments.ParseDeviceNumber(d) : IplOptions.DefaultDeviceNumber;
            bool json = parse.GetValue(format) == "json";
            if (json && !parse.GetValue(compare)) throw new CliException("--format json applies to --compare-modes; for a JSON trace of one IPL use --trace json");
            if (json && traceOn) throw new CliException("--format json and --trace cannot be combined: the JSON report is one document");
            using var store = ImageFiles.Open(path);
            var w = console.Output;

            if (parse.GetValue(compare))
            {
                var modes = IplComparison.Run(store, new IplOptions { DeviceNumber = deviceNumber });
                if (json)
                {
                    using var buffer = new System.IO.MemoryStream();
                    ModeComparisonReport.WriteJson(buffer, path, deviceNumber, modes);
                    w.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }
                else
                {
                    foreach (var m in modes)
                    {
                        if (!traceOn) continue;
                        w.WriteLine($"--- {m.Mode} trace ---");
                        CcwTraceWriter.Write(w, m.Trace, traceFormat);
                    }
                    ModeComparisonReport.WriteText(w, modes);
                }
                foreach (var m in modes)
                {
                    if (m.Result.ImageDamage is { } modeDamage) return ReportDamage(console, modeDamage);
                }
                return ModeComparisonReport.QemuBiosBootsAsHardware(modes) ? ExitCodes.Success : ExitCodes.Failed;
            }

            var log = traceOn ? new CcwTraceLog() : null;
            var ipl = parse.GetValue(mode) switch { "prefetch" => IplMode.Prefetch, "qemu" => IplMode.QemuBios, _ => IplMode.Hardware };
            var result = new IplSequencer(store, new IplOptions { Tracer = log, DeviceNumber = deviceNumber }).Run(ipl);
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
