using System;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Programs;
using S390Ccw.Runtime.Storage;

namespace InlinePrograms;

/// <summary>
/// <see cref="DiskPrograms.LoadOverlay"/> three ways: whole on a channel that fetches CCWs as it reaches
/// them, whole on a vfio-ccw channel (the chain is copied at the start, so its TIC runs the stale 0x3000),
/// and on the same vfio-ccw channel in the pieces its <c>split</c> line marks.
/// </summary>
internal static class OverlayDemo
{
    private const ushort DeviceNumber = 0x0120;

    /// <summary>Where volume.ccw's overlay program puts record (0,1,2).</summary>
    private const uint OverlayData = 0x11000;

    public static bool Run(ICkdTrackStore volume)
    {
        var program = DiskPrograms.LoadOverlay();
        Console.WriteLine($"{program.Name}: {program.Ccws.Count} CCWs at 0x{program.EntryAddress:X4} read CCWs to 0x3000 and TIC to them; split before the TIC at 0x{program.SplitTics[0]:X4}.");

        var lazy = Channel(volume, PrefetchMode.Lazy);
        var whole = program.Start(lazy, DeviceNumber);
        bool lazyLoaded = Loaded(lazy);
        Console.WriteLine($"  whole chain, CCWs fetched as reached:  {Program.Describe(whole)}; overlay data {(lazyLoaded ? "loaded" : "NOT loaded")}");

        var vfio = Channel(volume, PrefetchMode.VfioCcw);
        var copied = program.Start(vfio, DeviceNumber, prefetch: true);
        bool copiedLoaded = Loaded(vfio);
        Console.WriteLine($"  whole chain, vfio-ccw copy at start:   {Program.Describe(copied)}; overlay data {(copiedLoaded ? "loaded" : "NOT loaded")}");

        var segmentedChannel = Channel(volume, PrefetchMode.VfioCcw);
        var segments = SegmentedStart.Run(segmentedChannel, DeviceNumber, program, prefetch: true);
        bool segmentsOk = true;
        foreach (var (address, result) in segments)
        {
            Console.WriteLine($"  split, vfio-ccw, start at 0x{address:X4}:     {Program.Describe(result)}");
            segmentsOk &= SegmentedStart.EndedNormally(result);
        }
        bool segmentedLoaded = Loaded(segmentedChannel);
        Console.WriteLine($"  in {segments.Count} starts at the split the overlay data is {(segmentedLoaded ? "loaded" : "NOT loaded")}: {Text(segmentedChannel)}");

        return SegmentedStart.EndedNormally(whole) && lazyLoaded && !copiedLoaded && segmentsOk && segments.Count == 2 && segmentedLoaded;
    }

    private static ChannelSubsystem Channel(ICkdTrackStore volume, PrefetchMode prefetch)
    {
        var channel = new ChannelSubsystem(new GuestStorage(), new ChannelOptions { Prefetch = prefetch });
        channel.Attach(DeviceNumber, new Eckd3390Device(volume));
        return channel;
    }

    /// <summary>Record (0,1,2) begins with EBCDIC "READ" (D9 C5 C1 C4).</summary>
    private static bool Loaded(ChannelSubsystem channel) => channel.Storage.ReadUInt32(OverlayData) == 0xD9C5C1C4;

    private static string Text(ChannelSubsystem channel) =>
        S390Ccw.Language.Encoding.Ebcdic.Decode(channel.Storage.ReadBytes(OverlayData, 39));
}
