using System;
using System.IO;
using System.Linq;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Runtime.Tracing;

namespace HelloIpl;

/// <summary>
/// The smallest real boot: writes the bootable 3390 image that hello.ccw describes through the code the
/// generator made from it (<see cref="Hello"/>), opens the image file, IPLs it the way the machine does and
/// prints the CCW trace and the PSW the IPL loaded. Usage: <c>HelloIpl [IMAGE]</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 1 || (args.Length == 1 && args[0] is "-h" or "--help" or "-?"))
        {
            Console.WriteLine("Usage: HelloIpl [IMAGE]   writes hello.ccw's volume to IMAGE (default: hello.3390 beside the program) and IPLs it.");
            return args.Length > 1 ? 2 : 0;
        }

        string image = Path.GetFullPath(args.Length == 1 ? args[0] : Path.Combine(AppContext.BaseDirectory, "hello.3390"));
        try
        {
            return Boot(image);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DiskImageException)
        {
            Console.Error.WriteLine($"HelloIpl: cannot write or read the image {image}: {ex.Message}");
            return 2;
        }
    }

    private static int Boot(string image)
    {
        // Hello.VolumeHELLO1 and Hello.Ipl2 are generated from hello.ccw at build time.
        Hello.VolumeHELLO1.WriteImage(image);
        var layout = Hello.VolumeHELLO1.Layout;
        Console.WriteLine($"HelloIpl: wrote volume {Hello.VolumeHELLO1.Volser} (3390, {layout.Model.Cylinders} cylinder, {layout.Records.Count} records) from hello.ccw to {image}");

        var trace = new CcwTraceLog();
        var options = new IplOptions { Tracer = trace };
        IplResult result;
        using (var volume = CkdImage.Open(image, readOnly: true))
        {
            result = new IplSequencer(volume, options).Run(IplMode.Hardware);
        }

        Console.WriteLine($"IPL of device {options.DeviceNumber:X4} as the machine does it (each CCW fetched when the chain reaches it):");
        // Column heads over CcwTraceWriter.ToText's fields: address, the CCW's two words, command, status, residual count, data.
        Console.WriteLine("address   CCW                command       status           residual    data");
        Console.Write(CcwTraceWriter.Render(trace.Records, TraceFormat.Text));
        Console.WriteLine($"{result.CcwsExecuted} CCWs executed.");

        if (!result.Succeeded)
        {
            Console.WriteLine(result);
            return 1;
        }

        // The payload is where IPL2's first READ_DATA put it (0x10000 in hello.ccw), as long as its count.
        var payload = Hello.Ipl2.Ccws.First(c => c.Ccw.Command == CommandCodes.ReadData).Ccw;
        string text = Ebcdic.Decode(result.Storage.ReadBytes(payload.DataAddress, payload.Count));
        Console.WriteLine($"Payload at 0x{payload.DataAddress:X8} ({payload.Count} bytes, EBCDIC): {text}");
        var psw = result.Psw!.Value;
        Console.WriteLine($"The IPL loaded the PSW at location 0: {(psw.Wait && psw.Disabled ? "a disabled wait" : "an enabled PSW")} with code X'{psw.InstructionAddress:X}'.");
        Console.WriteLine(result);
        return 0;
    }
}
