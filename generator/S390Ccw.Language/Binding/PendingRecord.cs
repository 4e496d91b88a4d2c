using S390Ccw.Language.Devices;

namespace S390Ccw.Language.Binding;

/// <summary>A record of a volume while binding: its shape is known before its program bytes are.</summary>
internal sealed class PendingRecord
{
    public PendingRecord(Cchhr address, byte[] key, SourceSpan span)
    {
        Address = address;
        Key = key;
        Span = span;
    }

    public Cchhr Address { get; }

    public byte[] Key { get; }

    public SourceSpan Span { get; }

    /// <summary>The data bytes, or null while they are a program not yet encoded.</summary>
    public byte[]? Data { get; set; }

    public ProgramSection? Program { get; set; }

    public int DataLength => Data?.Length ?? Program?.TotalSize ?? 0;
}
