namespace S390Ccw.Runtime.Storage;

/// <summary>
/// The outcome of a guest-path storage access. The channel turns these into the architected
/// subchannel status (program check for addressing, protection check for a key mismatch;
/// SA22-7832 ch. 15, count and data address; ch. 16, "Program Check") instead of throwing.
/// </summary>
public enum StorageAccess
{
    Success = 0,

    /// <summary>Some byte of the area lies outside configured storage.</summary>
    Addressing,

    /// <summary>The access key does not match the storage key of a 4K block (and the access is protected).</summary>
    Protection,
}
