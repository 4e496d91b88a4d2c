using System;
using System.Collections.Generic;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Tracing;

namespace S390Ccw.Runtime.Ipl;

/// <summary>
/// Boots one volume in every mode and compares each with the hardware IPL: the same final PSW, the same
/// storage in the ranges the hardware chain read into, or the first CCW and byte where they diverge.
/// </summary>
public static class IplComparison
{
    public static IReadOnlyList<ModeComparison> Run(ICkdTrackStore volume, IplOptions? options = null)
    {
        options ??= new IplOptions();
        var hardwareTrace = new CcwTraceLog();
        var hardware = Boot(volume, options, IplMode.Hardware, hardwareTrace);
        var ranges = LoadedRanges(hardwareTrace.Records);
        var comparisons = new List<ModeComparison>
        {
            new(IplMode.Hardware, hardware, hardwareTrace.Records, true, true, null, null),
        };
        foreach (var mode in new[] { IplMode.Prefetch, IplMode.QemuBios })
        {
            var trace = new CcwTraceLog();
            var result = Boot(volume, options, mode, trace);
            comparisons.Add(new ModeComparison(
                mode, result, trace.Records,
                SamePsw(hardware, result),
                FirstDifference(hardware, result, ranges) is null,
                FirstDivergentCcw(hardwareTrace.Records, trace.Records),
                FirstDifference(hardware, result, ranges)) { BaBitAdded = BaBitAdded(hardware, result) });
        }
        return comparisons;
    }

    private static IplResult Boot(ICkdTrackStore volume, IplOptions options, IplMode mode, CcwTraceLog trace) =>
        new IplSequencer(volume, new IplOptions
        {
            StorageSize = options.StorageSize,
            DeviceNumber = options.DeviceNumber,
            CcwBudget = options.CcwBudget,
            ByteBudget = options.ByteBudget,
            TimeBudget = options.TimeBudget,
            Tracer = trace,
        }).Run(mode);

    /// <summary>
    /// Both loaded a PSW with the same bits. QEMU's hand-off ORs BA into the PSW at 0 (s390.md §7 step 8);
    /// that bit is left out of the comparison, since it is how the BIOS enters any program, not a
    /// property of the volume.
    /// </summary>
    private static bool SamePsw(IplResult a, IplResult b)
    {
        if (a.Succeeded != b.Succeeded || a.Psw is null || b.Psw is null) return a.Succeeded == b.Succeeded && a.Psw == b.Psw;
        ulong mask = b.Mode == IplMode.QemuBios || a.Mode == IplMode.QemuBios ? ~0x8000_0000UL : ~0UL;
        return (a.Psw.Value.Value & mask) == (b.Psw.Value.Value & mask);
    }

    private static bool BaBitAdded(IplResult hardware, IplResult other) =>
        hardware.Psw is { } a && other.Psw is { } b && (a.Value ^ b.Value) == 0x8000_0000UL && (b.Value & 0x8000_0000UL) != 0;

    /// <summary>The storage ranges the chain's read and sense CCWs stored into, from the trace.</summary>
    public static IReadOnlyList<(uint Start, int Length)> LoadedRanges(IReadOnlyList<CcwTraceRecord> trace)
    {
        var ranges = new List<(uint, int)>();
        foreach (var r in trace)
        {
            if (r.IsTransferInChannel || r.DataLength == 0 || !CommandClassifier.IsInput(r.Command, r.Format)) continue;
            var raw = r.RawBytes();
            var ccw = Ccw.Decode(r.Format, raw, 0);
            // An IDA CCW's address names its IDAW list, not the data; the data's ranges are not known here.
            if (ccw.Has(CcwFlags.IndirectData) || ccw.Has(CcwFlags.Skip)) continue;
            ranges.Add((ccw.DataAddress, r.DataLength));
        }
        return ranges;
    }

    private static uint? FirstDifference(IplResult a, IplResult b, IReadOnlyList<(uint Start, int Length)> ranges)
    {
        uint? first = null;
        foreach (var (start, length) in ranges)
        {
            if (!a.Storage.Contains(start, length) || !b.Storage.Contains(start, length)) continue;
            var x = a.Storage.ReadBytes(start, length);
            var y = b.Storage.ReadBytes(start, length);
            if (a.Mode == IplMode.QemuBios || b.Mode == IplMode.QemuBios) IgnoreBiosScratch(start, x, y, a.Splits.Count > 0 ? a.Splits : b.Splits);
            int i = x.AsSpan().CommonPrefixLength(y);
            if (i < length && (first is null || start + (uint)i < first)) first = start + (uint)i;
        }
        return first;
    }

    /// <summary>
    /// What QEMU's BIOS itself writes is not a difference in what the volume loaded: the BA bit its hand-off
    /// ORs into byte 4 of the PSW at 0, and 0x08-0x3F, where ipl1_fixup builds its own SEEK/SEARCH/TIC program
    /// and moves IPL1's CCWs (s390.md §7 step 4), and the flag byte of each READ whose chain bit
    /// dynamic_cp_fixup cleared to split the chain (§7 step 7c).
    /// </summary>
    private static void IgnoreBiosScratch(uint start, byte[] x, byte[] y, IReadOnlyList<ChainSplit> splits)
    {
        for (int i = 0; i < x.Length; i++)
        {
            uint address = start + (uint)i;
            if (address == 4 && (x[i] ^ y[i]) == 0x80) x[i] = y[i];
            else if (address >= 0x08 && address < 0x40) x[i] = y[i];
            else if ((x[i] ^ y[i]) == (byte)CcwFlags.ChainCommand && IsSplitReadFlags(address, splits)) x[i] = y[i];
        }
    }

    private static bool IsSplitReadFlags(uint address, IReadOnlyList<ChainSplit> splits)
    {
        foreach (var split in splits)
        {
            if (split.ReadAddress + 4 == address) return true;
        }
        return false;
    }

    private static int? FirstDivergentCcw(IReadOnlyList<CcwTraceRecord> a, IReadOnlyList<CcwTraceRecord> b)
    {
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            if (a[i].CcwAddress != b[i].CcwAddress || !a[i].RawBytes().AsSpan().SequenceEqual(b[i].RawBytes())
                || a[i].DeviceStatus != b[i].DeviceStatus || a[i].SubchannelStatus != b[i].SubchannelStatus
                || a[i].ResidualCount != b[i].ResidualCount)
                return i;
        }
        return a.Count == b.Count ? null : n;
    }
}
