using S390Ccw.Language.Encoding;
using S390Ccw.Language.Qemu;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Ipl;

/// <summary>
/// The storage rewrites QEMU's pc-bios/s390-ccw/dasd-ipl.c makes around its starts, applied to guest
/// storage: the rules are the language core's <see cref="QemuDasdIpl"/>, which the static analysis
/// uses for its verdict on the same volume.
/// </summary>
public static class QemuBiosAlgorithm
{
    /// <summary>QEMU's own READ IPL: format-0 at 0, opcode 0x02, address 0, flags 0 (no chaining), count 24.</summary>
    public static void WriteReadIpl(GuestStorage storage) => storage.Write(0, QemuDasdIpl.ReadIpl.ToBytes(CcwFormat.Format0));

    /// <summary>check_ipl1: the CCW at 0x08 must be READ_DATA (0x06 exactly) and the one at 0x10 a TIC (0x08 exactly).</summary>
    public static bool TryCheckIpl1(GuestStorage storage, out uint ipl2Address, out string? reason)
    {
        bool? ok = QemuDasdIpl.CheckIpl1(new View(storage), out ipl2Address, out reason);
        if (ok is null) reason = "IPL1 is outside storage";
        return ok == true;
    }

    /// <summary>ipl1_fixup (<see cref="QemuDasdIpl.Ipl1Fixup"/>).</summary>
    public static void Ipl1Fixup(GuestStorage storage) => QemuDasdIpl.Ipl1Fixup(new View(storage));

    /// <summary>check_ipl2: the IPL2 address is not zero and the first opcode there is not zero.</summary>
    public static bool CheckIpl2(GuestStorage storage, uint ipl2Address) =>
        QemuDasdIpl.CheckIpl2(new View(storage), ipl2Address) == true;

    /// <summary>
    /// dynamic_cp_fixup (<see cref="QemuDasdIpl.Scan"/>); the scan stops at the end of storage, where QEMU
    /// would fault.
    /// </summary>
    public static QemuBiosScan Scan(GuestStorage storage, uint address)
    {
        var scan = QemuDasdIpl.Scan(new View(storage), address);
        return scan.HasNext ? new QemuBiosScan(true, scan.ReadAddress, scan.TicAddress, scan.NextAddress) : QemuBiosScan.Final;
    }

    /// <summary>Guest storage as QEMU's code sees it: every byte known, nothing beyond the end.</summary>
    private sealed class View : IQemuStorage
    {
        private readonly GuestStorage _storage;

        public View(GuestStorage storage) => _storage = storage;

        public bool TryReadDoubleword(uint address, out ulong value)
        {
            value = 0;
            if (!_storage.Contains(address, 8)) return false;
            value = _storage.ReadUInt64(address);
            return true;
        }

        public void WriteDoubleword(uint address, ulong value) => _storage.WriteUInt64(address, value);
    }
}
