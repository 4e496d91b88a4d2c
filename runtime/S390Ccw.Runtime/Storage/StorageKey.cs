using System;

namespace S390Ccw.Runtime.Storage;

/// <summary>
/// The storage-key byte kept for every 4K block (SA22-7832 ch. 3, "Storage Key"): access-control
/// bits 0-3, fetch protection bit 4, reference bit 5, change bit 6. Hercules keeps the same byte
/// (STORKEY_KEY 0xF0, STORKEY_FETCH 0x08, STORKEY_REF 0x04, STORKEY_CHANGE 0x02).
/// </summary>
[Flags]
public enum StorageKey : byte
{
    None = 0,
    Change = 0x02,
    Reference = 0x04,
    FetchProtection = 0x08,
    AccessControlMask = 0xF0,
}
