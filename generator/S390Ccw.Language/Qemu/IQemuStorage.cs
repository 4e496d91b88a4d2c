namespace S390Ccw.Language.Qemu;

/// <summary>
/// The storage QEMU's DASD IPL code reads and rewrites: the runtime's guest storage, or the static
/// analysis's model of it, where bytes may be unknown.
/// </summary>
public interface IQemuStorage
{
    /// <summary>The 8 bytes at <paramref name="address"/>, big-endian; false when they are not all known, or not in storage.</summary>
    bool TryReadDoubleword(uint address, out ulong value);

    void WriteDoubleword(uint address, ulong value);
}
