using System;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Ipl;

public sealed partial class IplSequencer
{
    /// <summary>QEMU looks for this marker at 0x10008 to recognise a Linux kernel image (S390EP, s390.md §7 step 8).</summary>
    private static readonly byte[] LinuxEntryMarker = { 0x53, 0x33, 0x39, 0x30, 0x45, 0x50 };

    /// <summary>
    /// QEMU's dasd-ipl.c on a vfio-ccw channel (s390.md §7): READ IPL alone, IPL1 checked and rewritten
    /// into a SEEK/SEARCH/TIC program that runs IPL1's READ, then IPL2 run in segments, each chained
    /// READ_DATA that is immediately followed by a TIC cut into its own start. Every start uses an ORB
    /// with P set, format-0 CCWs and LPM FF, and any status other than exactly CE+DE is an error.
    /// </summary>
    private void RunQemuBios(ChannelSubsystem channel, Subchannel subchannel, Eckd3390Device device, IplResult result)
    {
        var storage = channel.Storage;
        QemuBiosAlgorithm.WriteReadIpl(storage);
        if (!Start(channel, subchannel, device, result, 0)) return;

        if (!QemuBiosAlgorithm.TryCheckIpl1(storage, out uint ipl2, out string? reason))
        {
            Fail(result, IplFailureKind.RefusedByQemuBios, reason!);
            return;
        }
        QemuBiosAlgorithm.Ipl1Fixup(storage);
        if (!Start(channel, subchannel, device, result, 0x08)) return;
        if (!QemuBiosAlgorithm.CheckIpl2(storage, ipl2))
        {
            Fail(result, IplFailureKind.RefusedByQemuBios, $"IPL2 invalid: the IPL1 TIC points at 0x{ipl2:X6}, where the opcode is zero");
            return;
        }

        uint cpa = ipl2;
        while (true)
        {
            // QEMU's loop has no limit of its own; the CCW budget bounds ours.
            if (result.CcwsExecuted > _options.CcwBudget)
            {
                Fail(result, IplFailureKind.BudgetExceeded, $"more than {_options.CcwBudget} CCWs over {result.Starts} starts");
                return;
            }
            if (result.BytesTransferred > _options.ByteBudget)
            {
                Fail(result, IplFailureKind.BudgetExceeded, $"more than {_options.ByteBudget} bytes moved over {result.Starts} starts (the byte budget)");
                return;
            }
            var scan = QemuBiosAlgorithm.Scan(storage, cpa);
            if (!Start(channel, subchannel, device, result, cpa)) return;
            if (!scan.HasNext) break;
            result.SplitList.Add(new ChainSplit(scan.ReadAddress, scan.TicAddress, scan.NextAddress));
            cpa = scan.NextAddress;
        }

        StoreSubsystemId(storage, subchannel);
        Handoff(result);
    }

    private static bool Start(ChannelSubsystem channel, Subchannel subchannel, Eckd3390Device device, IplResult result, uint address)
    {
        var orb = Orb.For(address, CcwFormat.Format0) with { Prefetch = true, Format2Idaws = true };
        var start = channel.StartSubchannel(subchannel, orb);
        Account(result, start);
        // do_cio waits for the I/O interruption and clears it with TEST SUBCHANNEL before it looks at the IRB.
        channel.TestSubchannel(subchannel);
        return Judge(result, start, device, allowStatusModifier: false);
    }

    /// <summary>
    /// jump_to_low_kernel (s390.md §7 step 8): before it, QEMU ORs the BA bit into the PSW at 0 (its OR of
    /// EA into a 32-bit mask is a no-op). A Linux image (S390EP at 0x10008) is entered at 0x10000; a PSW at
    /// 0 with bit 12 or the 64-bit bits set is loaded by diag 308 "load normal"; otherwise QEMU jumps to 0x10000.
    /// </summary>
    private static void Handoff(IplResult result)
    {
        var storage = result.Storage;
        uint address = storage.ReadUInt32(4) | 0x8000_0000;
        storage.WriteUInt32(4, address);
        if (storage.Contains(0x10008, LinuxEntryMarker.Length)
            && storage.ReadBytes(0x10008, LinuxEntryMarker.Length).AsSpan().SequenceEqual(LinuxEntryMarker))
        {
            result.Psw = new IplPsw(0x0000_0001_8001_0000UL);
            result.Handoff = "S390EP found at 0x10008: jump to 0x10000";
            return;
        }
        var psw = IplPsw.Read(storage.ReadBytes(0, 8));
        if ((psw.Value & 0x0008_0001_0000_0000UL) == 0)
        {
            result.Psw = new IplPsw(0x0000_0001_8001_0000UL);
            result.Handoff = $"PSW at 0 ({psw}) has neither bit 12 nor the 64-bit bits: jump to 0x10000";
            return;
        }
        result.Handoff = "diag 308 load normal of the PSW at 0";
        LoadPsw(result);
    }
}
