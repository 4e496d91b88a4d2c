using S390Ccw.Language.Devices;

namespace S390Ccw.Language.Syntax;

/// <summary>
/// The high-level <c>READ cylC trkH recR → ADDRESS, flags</c> (Seek, Search ID Equal, TIC *-8,
/// Read Data) or <c>READ next → ADDRESS</c> (one Read Data of the next record).
/// </summary>
internal sealed class ReadStatement : Statement
{
    public ReadStatement(Cchhr? record, SourceSpan recordSpan, Expression destination, OperandList tail, SourceSpan span)
        : base(span)
    {
        Record = record;
        RecordSpan = recordSpan;
        Destination = destination;
        Tail = tail;
    }

    /// <summary>The record to read; null for <c>READ next</c>.</summary>
    public Cchhr? Record { get; }

    public SourceSpan RecordSpan { get; }

    public Expression Destination { get; }

    /// <summary>Flags and 'len' after the destination (its Address is always null).</summary>
    public OperandList Tail { get; }

    public bool IsNext => Record is null;

    public override string Keyword => "READ";
}
