using System;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Storage;
using S390Ccw.Runtime.Tracing;

namespace ZiplStyle;

/// <summary>
/// Stage 1 started by itself, the way an operating system starts a channel program, on a channel that
/// fetches each CCW when it reaches it and on one that copies the chain at the start as vfio-ccw does
/// (SA22-7832 ch. 15, ORB prefetch control; Linux drivers/s390/cio/vfio_ccw_cp.c). The second runs what was at 0x3000 before the READ: here, zeros.
/// </summary>
internal static class StageOneOnSubchannel
{
    private const ushort DeviceNumber = 0x0120;

    public static void Show(ICkdTrackStore volume)
    {
        Console.WriteLine($"Stage 1 started on its own on device {DeviceNumber:X4}:");
        Console.WriteLine("  " + Describe("fetching CCWs as reached", volume, PrefetchMode.Lazy));
        Console.WriteLine("  " + Describe("vfio-ccw, chain copied at start", volume, PrefetchMode.VfioCcw));
    }

    private static string Describe(string kind, ICkdTrackStore volume, PrefetchMode prefetch)
    {
        var trace = new CcwTraceLog();
        var channel = new ChannelSubsystem(new GuestStorage(), new ChannelOptions { Prefetch = prefetch, Tracer = trace });
        channel.Attach(DeviceNumber, new Eckd3390Device(volume));
        var start = prefetch == PrefetchMode.VfioCcw
            ? StartWithPrefetch(channel)
            : Zipl.Stage1.Program.Start(channel, DeviceNumber);

        var scsw = start.Scsw;
        string status = StatusNames.Describe(scsw.DeviceStatus, scsw.SubchannelStatus);
        // The payload's first record is EBCDIC 'P' (0xD7) at 0x10000 once stage 2 has run.
        bool payloadLoaded = channel.Storage.ReadByte(0x10000) == 0xD7;
        return $"{kind,-32} cc={(int)start.ConditionCode} {start.CcwCount,2} CCWs, ended at 0x{scsw.CcwAddress - 8:X4} with {status}, residual {scsw.ResidualCount}; payload {(payloadLoaded ? "loaded" : "NOT loaded")}";
    }

    /// <summary>The hazardous start, on purpose: the analyzers flag it (CCW2001), and the build shows it as a warning.</summary>
    private static StartResult StartWithPrefetch(ChannelSubsystem channel) =>
        Zipl.Stage1.Program.Start(channel, DeviceNumber, prefetch: true);
}
