using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using S390Ccw.Language;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Programs;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Analyzers.Tests.Agreement;

/// <summary>
/// Runs an assembled program (or a volume's IPL) on the runtime's channel with a 3390 built from the
/// assembly's volume, and returns what a run can be compared by: every executed CCW as the channel
/// tracer reports it (address, bytes, status, residual), the final SCSW, and the storage the
/// program and its reads live in.
/// </summary>
internal static class RuntimeRun
{
    public const ushort DeviceNumber = 0x0120;
    public const long Budget = 5000;

    /// <summary>Enough for the chains here (everything below 0x20000); small, so thousands of runs stay fast.</summary>
    public const long StorageSize = 0x20000;

    /// <summary>The volume's tracks, built once per assembly (the chains here only read them).</summary>
    public static MemoryTrackStore Store(AssemblyResult assembly)
    {
        var volume = assembly.Volumes.Single();
        var layout = new VolumeLayout(volume.Volser, volume.Model.Name, volume.Cylinders,
            volume.Records.Select(r => new VolumeRecord(r.Address.Cylinder, r.Address.Head, r.Address.Record, r.Key, r.Data)).ToList());
        return layout.BuildStore();
    }

    public static string Program(AssemblyResult assembly, MemoryTrackStore store, string name, PrefetchMode mode, uint areaStart, uint areaEnd)
    {
        var program = assembly.Programs.Single(p => p.Name == name);
        var (channel, storage, tracer) = Machine(store, mode);
        storage.Write(program.Origin, program.Bytes);
        var orb = Orb.For(program.Ccws[0].Address, program.Format, 0);
        channel.StartSubchannel(DeviceNumber, orb);
        return Fingerprint(channel, storage, tracer, areaStart, areaEnd);
    }

    /// <summary>The IPL: the implied READ IPL CCW (02 000000 60 00 0018, SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl) at 0, then the channel's IPL entry.</summary>
    public static string Ipl(AssemblyResult assembly, PrefetchMode mode, uint areaStart, uint areaEnd)
    {
        var (channel, storage, tracer) = Machine(Store(assembly), mode);
        storage.Write(0, new Ccw(CommandCodes.ReadIpl, CcwFlags.ChainCommand | CcwFlags.SuppressLength, 24, 0).ToBytes(CcwFormat.Format0));
        channel.RunIpl(DeviceNumber, mode);
        return Fingerprint(channel, storage, tracer, areaStart, areaEnd);
    }

    private static (ChannelSubsystem, GuestStorage, Recorder) Machine(MemoryTrackStore store, PrefetchMode mode)
    {
        var storage = new GuestStorage(StorageSize);
        var tracer = new Recorder();
        var channel = new ChannelSubsystem(storage, new ChannelOptions { Prefetch = mode, CcwBudget = Budget, Tracer = tracer });
        channel.Attach(DeviceNumber, new Eckd3390Device(store));
        return (channel, storage, tracer);
    }

    private static string Fingerprint(ChannelSubsystem channel, GuestStorage storage, Recorder tracer, uint areaStart, uint areaEnd)
    {
        channel.TryGetSubchannel(DeviceNumber, out var sch);
        var text = new StringBuilder();
        foreach (var (address, raw, status, residual) in tracer.Records) text.Append($"{address:X8}:{raw:X16}:{status:X4}:{residual};");
        var scsw = sch.Scsw;
        text.Append($"SCSW ccw={scsw.CcwAddress:X8} dev={(byte)scsw.DeviceStatus:X2} sch={(byte)scsw.SubchannelStatus:X2} count={scsw.ResidualCount}\n");
        text.Append(System.Convert.ToHexString(storage.ReadBytes(areaStart, (int)(areaEnd - areaStart))));
        return text.ToString();
    }

    private sealed class Recorder : IChannelTracer
    {
        public List<(uint Address, ulong Raw, int Status, int Residual)> Records { get; } = new();

        public void OnCcw(in CcwTraceRecord record)
        {
            Span<byte> raw = stackalloc byte[8];
            record.CopyRawTo(raw);
            Records.Add((record.CcwAddress, BinaryPrimitives.ReadUInt64BigEndian(raw), ((byte)record.DeviceStatus << 8) | (byte)record.SubchannelStatus, record.ResidualCount));
        }
    }
}
