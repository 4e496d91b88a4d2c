namespace S390Ccw.Language.Qemu;

/// <summary>
/// One scan of QEMU's dynamic_cp_fixup over a format-0 chain: the chain runs to its end in one start
/// (<see cref="HasNext"/> false), or a READ_DATA at <see cref="ReadAddress"/> is cut from the TIC after
/// it and the next start begins at that TIC's target; <see cref="Readable"/> is false when the scan met
/// bytes it could not read (end of storage, where QEMU would fault, or bytes the analysis cannot know).
/// </summary>
public readonly record struct QemuScanResult(bool Readable, bool HasNext, uint ReadAddress, uint TicAddress, uint NextAddress, uint StoppedAt)
{
    public static QemuScanResult Final(uint at) => new(true, false, 0, 0, 0, at);

    public static QemuScanResult Unreadable(uint at) => new(false, false, 0, 0, 0, at);
}
