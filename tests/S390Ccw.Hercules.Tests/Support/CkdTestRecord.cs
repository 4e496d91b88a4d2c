using System;

namespace S390Ccw.Hercules.Tests.Support;

/// <summary>A record for a hand-made track 0: record number, key and data (count field is derived).</summary>
public sealed record CkdTestRecord(byte RecordNumber, byte[] Key, byte[] Data)
{
    public static CkdTestRecord Keyless(byte recordNumber, byte[] data) => new(recordNumber, Array.Empty<byte>(), data);
}
