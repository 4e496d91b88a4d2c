using System;
using System.IO;
using System.Linq;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Runtime.Programs;
using S390Ccw.Runtime.Storage;
using S390Ccw.Runtime.Tracing;

namespace InlinePrograms;

/// <summary>
/// Writes volume.ccw's image, then starts the C# channel programs of <see cref="DiskPrograms"/> on a
/// subchannel of a 3390 over that image and prints how each ended. Usage: <c>InlinePrograms [IMAGE]</c>.
/// Exit code 0 when every program ended as the comments here say it must.
/// </summary>
internal static class Program
{
    private const ushort DeviceNumber = 0x0120;

    private static int Main(string[] args)
    {
        if (args.Length > 1 || (args.Length == 1 && args[0] is "-h" or "--help" or "-?"))
        {
            Console.WriteLine("Usage: InlinePrograms [IMAGE]   writes volume.ccw's volume to IMAGE (default: inline.3390 beside the program) and runs C# channel programs on it.");
            return args.Length > 1 ? 2 : 0;
        }

        string image = Path.GetFullPath(args.Length == 1 ? args[0] : Path.Combine(AppContext.BaseDirectory, "inline.3390"));
        try
        {
            Volume.VolumeINLN01.WriteImage(image);
            Console.WriteLine($"InlinePrograms: wrote volume {Volume.VolumeINLN01.Volser} from volume.ccw to {image}");
            using var volume = CkdImage.Open(image, readOnly: true);
            bool simple = RunSimplePrograms(volume);
            Console.WriteLine();
            bool overlay = OverlayDemo.Run(volume);
            return simple && overlay ? 0 : 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DiskImageException)
        {
            Console.Error.WriteLine($"InlinePrograms: cannot write or read the image {image}: {ex.Message}");
            return 2;
        }
    }

    /// <summary>One channel (CCWs fetched as reached) and one device; each program is loaded at its origin and started.</summary>
    private static bool RunSimplePrograms(ICkdTrackStore volume)
    {
        var channel = new ChannelSubsystem(new GuestStorage());
        channel.Attach(DeviceNumber, new Eckd3390Device(volume));
        var storage = channel.Storage;
        Console.WriteLine($"Channel programs from C# attributes, started on device {DeviceNumber:X4}:");

        var label = Start(channel, DiskPrograms.ReadVolumeLabel());
        Console.WriteLine($"    volume label: {Ebcdic.Decode(storage.ReadBytes(0x20000, 10))}, owner {Ebcdic.Decode(storage.ReadBytes(0x20000 + 37, 14)).TrimEnd()}");

        var senseId = Start(channel, DiskPrograms.SenseId());
        var id = storage.ReadBytes(0x20100, 7);
        Console.WriteLine($"    SENSE ID: {Convert.ToHexString(id)}: control unit {id[1]:X2}{id[2]:X2}-{id[3]:X2}, device {id[4]:X2}{id[5]:X2}-{id[6]:X2}");

        var missing = Start(channel, DiskPrograms.ReadMissingRecord());
        var sense = Start(channel, DiskPrograms.Sense());
        Console.WriteLine($"    sense after the unit check: {SenseText.Describe(storage.ReadBytes(0x20300, 32))}");

        return SegmentedStart.EndedNormally(label) && SegmentedStart.EndedNormally(senseId)
            && (missing.Scsw.DeviceStatus & UnitStatus.UnitCheck) != 0 && SegmentedStart.EndedNormally(sense);
    }

    private static StartResult Start(ChannelSubsystem channel, ChannelProgram program)
    {
        var start = program.Start(channel, DeviceNumber);
        // The start leaves status pending at the subchannel; TEST SUBCHANNEL takes it, so the next start is accepted.
        channel.TestSubchannel(DeviceNumber);
        Console.WriteLine($"  {program.Name,-18} {Plural(program.Ccws.Count, "CCW")} at 0x{program.EntryAddress:X4}: {Describe(start)}");
        return start;
    }

    public static string Describe(in StartResult start)
    {
        var scsw = start.Scsw;
        return $"cc={(int)start.ConditionCode}, {Plural(start.CcwCount, "CCW")} run, ended at 0x{scsw.CcwAddress - 8:X4} with {StatusNames.Describe(scsw.DeviceStatus, scsw.SubchannelStatus)}, residual {scsw.ResidualCount}";
    }

    private static string Plural(long count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
