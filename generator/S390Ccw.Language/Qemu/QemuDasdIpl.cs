using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Qemu;

/// <summary>
/// What QEMU's s390-ccw BIOS does to storage around its starts when it IPLs a DASD through vfio-ccw
/// (QEMU pc-bios/s390-ccw/dasd-ipl.c: dasd_ipl, check_ipl1, ipl1_fixup, check_ipl2,
/// run_dynamic_ccw_program and dynamic_cp_fixup; the project's own account is docs/architecture.md
/// "QEMU's DASD IPL"). Every start is a separate channel program with prefetch, so the device loses its
/// chain state (a record command needs a new Seek) and QEMU cuts the chain only at a chained READ_DATA
/// (0x06/0x86) immediately followed by a TIC. One set of rules for the runtime's QEMU-BIOS IPL mode and
/// the static analysis's verdict on whether QEMU's BIOS boots a volume.
/// </summary>
public static class QemuDasdIpl
{
    /// <summary>QEMU's own READ IPL: format-0 at 0, opcode 0x02, address 0, flags 0 (no chaining), count 24.</summary>
    public static Ccw ReadIpl => new(CommandCodes.ReadIpl, CcwFlags.None, 24, 0);

    /// <summary>Where IPL1's CCWs are after READ IPL: the READ at 0x08 and the TIC at 0x10.</summary>
    public const uint Ipl1Read = 0x08;

    public const uint Ipl1Tic = 0x10;

    /// <summary>Where the start after ipl1_fixup begins: its SEEK at 0x08.</summary>
    public const uint FixedIpl1Start = 0x08;

    /// <summary>
    /// check_ipl1: the CCW at 0x08 must be READ_DATA (0x06 exactly) and the one at 0x10 a TIC (0x08
    /// exactly). Null when the bytes are not known.
    /// </summary>
    public static bool? CheckIpl1(IQemuStorage storage, out uint ipl2Address, out string? reason)
    {
        ipl2Address = 0;
        reason = null;
        if (!storage.TryReadDoubleword(Ipl1Read, out ulong read) || !storage.TryReadDoubleword(Ipl1Tic, out ulong tic)) return null;
        byte readCode = (byte)(read >> 56);
        byte ticCode = (byte)(tic >> 56);
        ipl2Address = Ccw.Decode(CcwFormat.Format0, tic).DataAddress;
        if (readCode == CommandCodes.ReadData && ticCode == CommandCodes.TransferInChannel) return true;
        reason = $"IPL1 invalid for DASD-IPL: QEMU's BIOS needs READ_DATA (06) at 0x08 and TIC (08) at 0x10, found {readCode:X2} and {ticCode:X2}";
        return false;
    }

    /// <summary>
    /// ipl1_fixup: moves IPL1's READ and TIC to 0x20, clears the READ's chain bit, and writes at 0x08 a SEEK
    /// to cylinder 0 head 0 (argument at 0x30), a SEARCH ID EQUAL for (0,0,2) (argument at 0x38) and a TIC
    /// back to the search, because a new start has lost the position after R1. IPL1 must be known (see
    /// <see cref="CheckIpl1"/>).
    /// </summary>
    public static void Ipl1Fixup(IQemuStorage storage)
    {
        storage.TryReadDoubleword(Ipl1Read, out ulong read);
        storage.TryReadDoubleword(Ipl1Tic, out ulong tic);
        storage.WriteDoubleword(0x20, read & ~((ulong)(byte)CcwFlags.ChainCommand << 24));
        storage.WriteDoubleword(0x28, tic);
        storage.WriteDoubleword(0x08, Doubleword(new Ccw(CommandCodes.Seek, CcwFlags.ChainCommand, 6, 0x30)));
        storage.WriteDoubleword(0x30, 0);
        storage.WriteDoubleword(0x10, Doubleword(new Ccw(CommandCodes.SearchIdEqual, CcwFlags.ChainCommand, 5, 0x38)));
        storage.WriteDoubleword(0x38, 0x0000_0000_0200_0000UL);
        storage.WriteDoubleword(0x18, Doubleword(new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x10)));
    }

    /// <summary>check_ipl2: the IPL2 address is not zero and the first opcode there is not zero; null when unknown.</summary>
    public static bool? CheckIpl2(IQemuStorage storage, uint ipl2Address)
    {
        if (ipl2Address == 0) return false;
        if (!storage.TryReadDoubleword(ipl2Address & ~7u, out ulong value)) return null;
        return (byte)(value >> (56 - (8 * (int)(ipl2Address & 7)))) != 0;
    }

    /// <summary>
    /// dynamic_cp_fixup: walks the format-0 chain from <paramref name="address"/>; steps over a TIC to itself
    /// minus 8; stops at a CCW without the chain bit; at a chained READ_DATA (0x06/0x86) followed by a TIC it
    /// clears the READ's chain bit in storage and returns the TIC's target as the next start.
    /// </summary>
    public static QemuScanResult Scan(IQemuStorage storage, uint address)
    {
        for (uint cur = address; ; cur += 8)
        {
            if (!storage.TryReadDoubleword(cur, out ulong raw) || !storage.TryReadDoubleword(cur + 8, out ulong next))
                return QemuScanResult.Unreadable(cur);
            var ccw = Ccw.Decode(CcwFormat.Format0, raw);
            // QEMU compares opcodes exactly: a format-0 TIC spelled 0x18 is a TIC to the channel, not to the scan.
            bool isTic = ccw.Command == CommandCodes.TransferInChannel;
            if (isTic && ccw.DataAddress == cur - 8) continue;
            if (!ccw.Has(CcwFlags.ChainCommand)) return QemuScanResult.Final(cur);
            if ((ccw.Command == CommandCodes.ReadData || ccw.Command == CommandCodes.ReadDataMultiTrack)
                && (byte)(next >> 56) == CommandCodes.TransferInChannel)
            {
                storage.WriteDoubleword(cur, raw & ~((ulong)(byte)CcwFlags.ChainCommand << 24));
                return new QemuScanResult(true, true, cur, cur + 8, Ccw.Decode(CcwFormat.Format0, next).DataAddress, cur);
            }
        }
    }

    private static ulong Doubleword(Ccw ccw)
    {
        var bytes = ccw.ToBytes(CcwFormat.Format0);
        ulong value = 0;
        foreach (byte b in bytes) value = (value << 8) | b;
        return value;
    }
}
