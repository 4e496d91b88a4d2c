using System;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Qemu;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// Follows, without running anything, what QEMU's s390-ccw BIOS does to IPL a volume through vfio-ccw
/// (<see cref="QemuDasdIpl"/>, the rules the runtime's QEMU-BIOS mode applies too): READ IPL as a start
/// of its own, check_ipl1, ipl1_fixup and the start that reads IPL2, check_ipl2, then IPL2 start by start,
/// cut where dynamic_cp_fixup cuts. Each start is a new channel program on the same device (its chain
/// state reset) and is prefetched, so a start that runs a CCW it overwrote runs the stale copy; QEMU
/// accepts only channel end and device end as the ending of a start.
/// </summary>
internal static class QemuBiosFlow
{
    /// <summary>QEMU's loop has no limit of its own; the walk stops after this many starts.</summary>
    private const int StartLimit = 4096;

    public static QemuVerdict Run(AnalysisContext context, VolumeDefinition volume, ChainEntry entry)
    {
        var storage = new AbstractStorage();
        var device = new StaticDasd(volume, chainStart: true);
        var readIpl = QemuDasdIpl.ReadIpl.ToBytes(CcwFormat.Format0);
        storage.Write(0, readIpl, 0, readIpl.Length);
        IQemuStorage view = storage;

        if (Start(context, entry, device, storage, 0, "QEMU's READ IPL") is { } first) return first;
        switch (QemuDasdIpl.CheckIpl1(view, out uint ipl2, out string? reason))
        {
            case null:
                return new QemuVerdict(QemuVerdictKind.Unknown, QemuDasdIpl.Ipl1Read, "IPL1's CCWs are not known", device.Guessed);
            case false:
                return new QemuVerdict(QemuVerdictKind.Fails, QemuDasdIpl.Ipl1Read, "check_ipl1 refuses it: " + reason, device.Guessed);
        }
        QemuDasdIpl.Ipl1Fixup(view);
        if (Start(context, entry, device, storage, QemuDasdIpl.FixedIpl1Start, "the start that reads IPL2 (ipl1_fixup)") is { } second) return second;
        switch (QemuDasdIpl.CheckIpl2(view, ipl2))
        {
            case null:
                return new QemuVerdict(QemuVerdictKind.Unknown, ipl2, "IPL2's first CCW is not known", device.Guessed);
            case false:
                return new QemuVerdict(QemuVerdictKind.Fails, QemuDasdIpl.Ipl1Tic, $"check_ipl2 refuses it: the IPL1 TIC points at 0x{ipl2:X6}, where the opcode is zero", device.Guessed);
        }

        uint cpa = ipl2;
        for (int starts = 0; starts < StartLimit; starts++)
        {
            var scan = QemuDasdIpl.Scan(view, cpa);
            if (!scan.Readable)
                return new QemuVerdict(QemuVerdictKind.Unknown, scan.StoppedAt, $"dynamic_cp_fixup would scan bytes at 0x{scan.StoppedAt:X8} this build cannot see", device.Guessed);
            if (Start(context, entry, device, storage, cpa, $"the start at 0x{cpa:X8}") is { } failed) return failed;
            if (!scan.HasNext) return new QemuVerdict(QemuVerdictKind.Boots, cpa, "every start ends normally", device.Guessed);
            cpa = scan.NextAddress;
        }
        return new QemuVerdict(QemuVerdictKind.Unknown, cpa, $"more than {StartLimit} starts", device.Guessed);
    }

    /// <summary>One start; null when it ends with exactly channel end and device end.</summary>
    private static QemuVerdict? Start(AnalysisContext context, ChainEntry entry, StaticDasd device, AbstractStorage storage, uint address, string what)
    {
        device.BeginChannelProgram();
        var at = new ChainEntry(ChainEntryKind.Ipl, entry.Name, address, entry.Span);
        var walker = new ChainWalker(context, at, CcwFormat.Format0, device, storage, Array.Empty<AssembledProgram>(), prefetchedStart: true);
        walker.Run();
        var outcome = walker.Outcome;
        return outcome.End switch
        {
            WalkEnd.Completed when !outcome.StatusModifier => null,
            WalkEnd.Completed => new QemuVerdict(QemuVerdictKind.Fails, outcome.Address,
                $"{what} ends with status modifier, and QEMU's BIOS accepts only channel end and device end", device.Guessed),
            WalkEnd.Unknown => new QemuVerdict(QemuVerdictKind.Unknown, outcome.Address, $"{what}: {outcome.Why}", device.Guessed),
            _ => new QemuVerdict(QemuVerdictKind.Fails, outcome.Address, $"in {what}, {outcome.Why}", device.Guessed),
        };
    }
}
