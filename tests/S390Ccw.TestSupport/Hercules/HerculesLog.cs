using System.Collections.Generic;
using System.Collections.Immutable;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>What <see cref="HerculesLogParser"/> found in one Hercules 3.13 log.</summary>
public sealed class HerculesLog
{
    private readonly Dictionary<uint, byte> storage;

    internal HerculesLog(
        ImmutableArray<HerculesCcwTraceEntry> trace,
        ImmutableArray<byte> finalPsw,
        bool disabledWaitReported,
        HerculesIplFailure? iplFailure,
        ImmutableArray<HerculesStorageRow> storageRows,
        ImmutableArray<string> errors)
    {
        Trace = trace;
        FinalPsw = finalPsw;
        DisabledWaitReported = disabledWaitReported;
        IplFailure = iplFailure;
        StorageRows = storageRows;
        Errors = errors;
        storage = new Dictionary<uint, byte>();
        foreach (HerculesStorageRow row in storageRows)
        {
            // A later display of the same address reflects a later state: it wins.
            for (int i = 0; i < row.Bytes.Length; i++)
                storage[row.Address + (uint)i] = row.Bytes[i];
        }
    }

    /// <summary>The CCW trace in execution order.</summary>
    public ImmutableArray<HerculesCcwTraceEntry> Trace { get; }

    /// <summary>
    /// The last <c>PSW=</c> shown (by the <c>psw</c> command or after HHCCP011I): 8 bytes in
    /// ESA/390 mode; empty when none was shown.
    /// </summary>
    public ImmutableArray<byte> FinalPsw { get; }

    /// <summary>Hercules printed HHCCP011I: the CPU entered a disabled wait.</summary>
    public bool DisabledWaitReported { get; }

    /// <summary>Why the IPL failed; null when no failure message was printed.</summary>
    public HerculesIplFailure? IplFailure { get; }

    public ImmutableArray<HerculesStorageRow> StorageRows { get; }

    /// <summary>Every error-level message (<c>HHCxxnnnE</c>), whole lines, in order.</summary>
    public ImmutableArray<string> Errors { get; }

    /// <summary>The bytes of a storage range if every one of them was displayed.</summary>
    public bool TryReadStorage(uint address, int length, out ImmutableArray<byte> bytes)
    {
        bytes = default;
        if (length < 0)
            return false;
        var builder = ImmutableArray.CreateBuilder<byte>(length);
        for (int i = 0; i < length; i++)
        {
            if (!storage.TryGetValue(address + (uint)i, out byte value))
                return false;
            builder.Add(value);
        }
        bytes = builder.MoveToImmutable();
        return true;
    }
}
