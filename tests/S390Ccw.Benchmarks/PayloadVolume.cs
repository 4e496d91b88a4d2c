using System;
using System.Linq;
using System.Text;
using S390Ccw.Language;
using S390Ccw.Runtime.Programs;

namespace S390Ccw.Benchmarks;

/// <summary>
/// A bootable volume whose IPL2 loads a payload of whole-track records (one 56,664-byte record per track,
/// a SEEK/SEARCH_ID_EQ/TIC/READ_DATA group per track) to 0x10000, then a disabled-wait PSW over 0. Format-0
/// CCWs address 24 bits, so the payload stays below 16 MiB.
/// </summary>
internal static class PayloadVolume
{
    public const int RecordLength = 56_664;
    public const uint LoadAddress = 0x10000;

    public static (VolumeLayout Layout, byte[] Payload) Build(int payloadBytes, int seed = 390)
    {
        int tracks = (payloadBytes + RecordLength - 1) / RecordLength;
        int cylinders = 1 + ((tracks + 1) / 15) + 1;
        var source = new StringBuilder("""
            program ipl1 format0 at 0
                psw 0x00080000_80002000
                READ next -> ipl2, CC, SLI, len 65535
                TIC ipl2
            program ipl2 format0 at 0x2000

            """);
        for (int t = 0; t < tracks; t++)
        {
            int track = t + 1;
            source.Append($"    READ cyl{track / 15} trk{track % 15} rec1 -> 0x{LoadAddress + ((uint)t * RecordLength):X}, CC\n");
        }
        source.Append("    READ cyl0 trk0 rec4 -> 0\n");
        source.Append($"volume LOAD01 3390 cylinders {cylinders}\n    standard track0 ipl1=ipl1 ipl2=ipl2\n    record 0 0 4 data psw 0x000A0000_0000BEEF\n");
        for (int t = 0; t < tracks; t++)
        {
            int track = t + 1;
            source.Append($"    record {track / 15} {track % 15} 1 data space {RecordLength}\n");
        }
        var result = CcwAssembler.Assemble(source.ToString(), "payload.ccw");
        if (result.HasErrors) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));

        var payload = new byte[tracks * RecordLength];
        new Random(seed).NextBytes(payload);
        var volume = result.Volumes.Single();
        var records = volume.Records.Select(r =>
        {
            if (r.Address.Record != 1 || (r.Address.Cylinder == 0 && r.Address.Head == 0))
                return new VolumeRecord(r.Address.Cylinder, r.Address.Head, r.Address.Record, r.Key, r.Data);
            int t = (r.Address.Cylinder * 15) + r.Address.Head - 1;
            return new VolumeRecord(r.Address.Cylinder, r.Address.Head, 1, r.Key, payload.AsSpan(t * RecordLength, RecordLength).ToArray());
        }).ToList();
        return (new VolumeLayout(volume.Volser, volume.Model.Name, volume.Cylinders, records), payload);
    }
}
