using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Ipl;

/// <summary>
/// The storage rewrites QEMU's pc-bios/s390-ccw/dasd-ipl.c makes around its starts, reproduced with its
/// limits (s390.md §7): only READ_DATA 0x06/0x86 immediately followed by a TIC is split, IPL1 must be
/// READ_DATA + TIC, and the scan stops at the first CCW without the chain bit (so at any TIC that is
/// not the inline "TIC *-8" of a search loop).
/// </summary>
public static class QemuBiosAlgorithm
{
    /// <summary>QEMU's own READ IPL: format-0 at 0, opcode 0x02, address 0, flags 0 (no chaining), count 24.</summary>
    public static void WriteReadIpl(GuestStorage storage)
    {
        Put(storage, 0, new Ccw(CommandCodes.ReadIpl, CcwFlags.None, 24, 0));
    }

    /// <summary>check_ipl1: the CCW at 0x08 must be READ_DATA (0x06 exactly) and the one at 0x10 a TIC (0x08 exactly).</summary>
    public static bool TryCheckIpl1(GuestStorage storage, out uint ipl2Address, out string? reason)
    {
        byte read = storage.ReadByte(0x08);
        byte tic = storage.ReadByte(0x10);
        ipl2Address = storage.ReadUInt32(0x10) & 0x00FF_FFFF;
        if (read != CommandCodes.ReadData || tic != CommandCodes.TransferInChannel)
        {
            reason = $"IPL1 invalid for DASD-IPL: QEMU's BIOS needs READ_DATA (06) at 0x08 and TIC (08) at 0x10, found {read:X2} and {tic:X2}";
            return false;
        }
        reason = null;
        return true;
    }

    /// <summary>
    /// ipl1_fixup: moves IPL1's READ and TIC to 0x20, clears the READ's chain bit, and writes at 0x08 a SEEK to
    /// cylinder 0 head 0 (argument at 0x30), a SEARCH_ID_EQ for (0,0,2) (argument at 0x38) and a TIC back to
    /// the search, because a new start has lost the position after R1.
    /// </summary>
    public static void Ipl1Fixup(GuestStorage storage)
    {
        var moved = storage.ReadBytes(0x08, 16);
        moved[4] &= unchecked((byte)~CcwFlags.ChainCommand);
        storage.Write(0x20, moved);
        Put(storage, 0x08, new Ccw(CommandCodes.Seek, CcwFlags.ChainCommand, 6, 0x30));
        storage.Write(0x30, new byte[8]);
        Put(storage, 0x10, new Ccw(CommandCodes.SearchIdEqual, CcwFlags.ChainCommand, 5, 0x38));
        storage.Write(0x38, new byte[] { 0, 0, 0, 0, 2, 0, 0, 0 });
        Put(storage, 0x18, new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x10));
    }

    /// <summary>check_ipl2: the IPL2 address is not zero and the first opcode there is not zero.</summary>
    public static bool CheckIpl2(GuestStorage storage, uint ipl2Address) =>
        ipl2Address != 0 && storage.Contains(ipl2Address, 1) && storage.ReadByte(ipl2Address) != 0;

    /// <summary>
    /// dynamic_cp_fixup: walks the format-0 chain from <paramref name="address"/>; steps over a TIC to itself
    /// minus 8; stops at a CCW without the chain bit; at a chained READ_DATA (0x06/0x86) followed by a TIC it
    /// clears the READ's chain bit in storage and returns the TIC's target as the next start. The walk stops
    /// at the end of storage, where QEMU would fault.
    /// </summary>
    public static QemuBiosScan Scan(GuestStorage storage, uint address)
    {
        for (uint cur = address; storage.Contains(cur, 16); cur += 8)
        {
            var ccw = Ccw.Decode(CcwFormat.Format0, storage.ReadBytes(cur, 8), 0);
            // QEMU compares opcodes exactly: a format-0 TIC spelled 0x18 is a TIC to the channel, not to the scan.
            bool isTic = ccw.Command == CommandCodes.TransferInChannel;
            if (isTic && ccw.DataAddress == cur - 8) continue;
            if (!ccw.Has(CcwFlags.ChainCommand)) return QemuBiosScan.Final;
            byte next = storage.ReadByte(cur + 8);
            if ((ccw.Command == CommandCodes.ReadData || ccw.Command == CommandCodes.ReadDataMultiTrack)
                && next == CommandCodes.TransferInChannel)
            {
                uint target = storage.ReadUInt32(cur + 8) & 0x00FF_FFFF;
                storage.WriteByte(cur + 4, (byte)(ccw.Flags & ~CcwFlags.ChainCommand));
                return new QemuBiosScan(true, cur, cur + 8, target);
            }
        }
        return QemuBiosScan.Final;
    }

    private static void Put(GuestStorage storage, uint address, Ccw ccw) => storage.Write(address, ccw.ToBytes(CcwFormat.Format0));
}
