using System;
using System.Collections.Generic;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Runtime.Programs;

namespace S390Ccw.Fuzz.Targets;

/// <summary>
/// Bytes → IPL records of a small volume → IPL in the three modes (hardware: a lazy channel; prefetch:
/// vfio-ccw; QEMU's BIOS). The first 24 bytes are IPL1 (PSW and two CCWs), the rest IPL2 (up to a
/// track's worth), so the channel runs the fuzzed chain with everything it reads and writes coming from
/// the input. Budgets are small to keep an execution short. Property: nothing throws (a store outside
/// guest storage would: GuestStorage checks every host access), and the outcome is one of the
/// architected endings in <see cref="IplFailureKind"/> with a message when the IPL failed.
/// </summary>
public static class ChannelTarget
{
    private const int Ipl1Length = 24;
    private const int MaximumIpl2Length = 4096;

    public static void Run(byte[] input)
    {
        var ipl1 = new byte[Ipl1Length];
        input.AsSpan(0, Math.Min(input.Length, Ipl1Length)).CopyTo(ipl1);
        int rest = Math.Clamp(input.Length - Ipl1Length, 0, MaximumIpl2Length);
        var ipl2 = input.AsSpan(Math.Min(input.Length, Ipl1Length), rest).ToArray();
        var records = new List<VolumeRecord>
        {
            new(0, 0, 1, "IPL1"u8.ToArray(), ipl1),
            new(0, 0, 2, "IPL2"u8.ToArray(), ipl2),
            new(0, 1, 1, Array.Empty<byte>(), new byte[512]),
        };
        var store = new VolumeLayout("FUZZ01", "1", 2, records).BuildStore();
        var options = new IplOptions { StorageSize = 1024 * 1024, CcwBudget = 20_000, ByteBudget = 4 * 1024 * 1024 };
        foreach (var mode in new[] { IplMode.Hardware, IplMode.Prefetch, IplMode.QemuBios })
        {
            var result = new IplSequencer(store, options).Run(mode);
            if (!Enum.IsDefined(result.Failure)) throw new FuzzPropertyException($"{mode}: outcome {(int)result.Failure} is not an IplFailureKind");
            if (!result.Succeeded && string.IsNullOrEmpty(result.FailureMessage) && result.Failure != IplFailureKind.None)
                throw new FuzzPropertyException($"{mode}: failed ({result.Failure}) without saying why");
            if (result.CcwsExecuted > (options.CcwBudget + 1) * Math.Max(1, result.Starts)) throw new FuzzPropertyException($"{mode}: {result.CcwsExecuted} CCWs, past the budget");
        }
    }
}
