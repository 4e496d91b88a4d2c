using System;
using System.IO;
using System.Linq;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;

namespace ZiplStyle;

/// <summary>
/// The zipl-style loader of zipl.ccw: writes its image through the generated code (<see cref="Zipl"/>),
/// boots it as the machine does, as a vfio-ccw channel would (prefetch) and as QEMU's s390-ccw BIOS does,
/// and compares each with the machine; then starts stage 1 by itself on a subchannel of each kind of
/// channel. Usage: <c>ZiplStyle [IMAGE]</c>. Exit code 0 when the machine and QEMU's BIOS boot it alike.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 1 || (args.Length == 1 && args[0] is "-h" or "--help" or "-?"))
        {
            Console.WriteLine("Usage: ZiplStyle [IMAGE]   writes zipl.ccw's volume to IMAGE (default: zipl.3390 beside the program) and boots it three ways.");
            return args.Length > 1 ? 2 : 0;
        }

        string image = Path.GetFullPath(args.Length == 1 ? args[0] : Path.Combine(AppContext.BaseDirectory, "zipl.3390"));
        try
        {
            return Run(image);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DiskImageException)
        {
            Console.Error.WriteLine($"ZiplStyle: cannot write or read the image {image}: {ex.Message}");
            return 2;
        }
    }

    private static int Run(string image)
    {
        Zipl.VolumeZIPL01.WriteImage(image);
        Console.WriteLine($"ZiplStyle: wrote volume {Zipl.VolumeZIPL01.Volser} from zipl.ccw to {image}");
        var read = Zipl.Stage1.Ccws.First(c => c.Ccw.Command == CommandCodes.ReadData);
        var tic = Zipl.Stage1.Ccws.First(c => c.Address == read.Address + 8);
        Console.WriteLine($"Stage 1 at 0x{Zipl.Stage1.Origin:X4}: the READ_DATA at 0x{read.Address:X4} (zipl.ccw line {read.SourceLine}) loads stage 2's CCWs to 0x{read.Ccw.DataAddress:X4}; the TIC at 0x{tic.Address:X4} runs them.");
        Console.WriteLine();

        Console.WriteLine("IPL in three modes, each compared with the machine (Hardware):");
        bool bootsLikeTheMachine;
        using (var volume = CkdImage.Open(image, readOnly: true))
        {
            var modes = IplComparison.Run(volume);
            foreach (var mode in modes)
            {
                Console.WriteLine("  " + (mode.Mode == IplMode.Hardware ? $"Hardware: {mode.Result} (the reference)" : mode.Summary));
                foreach (var split in mode.Result.Splits)
                    Console.WriteLine($"      QEMU's BIOS split the chain: {split}");
            }
            Console.WriteLine("  (Prefetch copies the chain at each start, so it already runs stale CCWs at 0x08, where READ IPL puts");
            Console.WriteLine("  IPL1's; QEMU's BIOS runs READ IPL alone and splits READ_DATA+TIC pairs, and the BA bit it sets in the");
            Console.WriteLine("  PSW is how it enters any program, not a difference.)");
            var hardware = modes.Single(m => m.Mode == IplMode.Hardware).Result;
            var qemu = modes.Single(m => m.Mode == IplMode.QemuBios);
            bootsLikeTheMachine = hardware.Succeeded && qemu.Agrees;

            Console.WriteLine();
            StageOneOnSubchannel.Show(volume);
            Console.WriteLine();
            if (hardware.Succeeded)
            {
                var payload = hardware.Storage.ReadBytes(0x10000, 3 * 64);
                Console.WriteLine("Payload at 0x00010000 after the machine's IPL (EBCDIC):");
                for (int i = 0; i < 3; i++)
                    Console.WriteLine("  " + Ebcdic.Decode(payload.AsSpan(i * 64, 64).ToArray()));
            }
            Console.WriteLine(hardware);
        }
        return bootsLikeTheMachine ? 0 : 1;
    }
}
