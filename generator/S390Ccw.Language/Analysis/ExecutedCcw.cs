namespace S390Ccw.Language.Analysis;

/// <summary>One CCW the walk executed: where, its bytes, its command and its position in the chain.</summary>
internal readonly record struct ExecutedCcw(uint Address, ulong Raw, byte Command, long Index, bool Implied);

/// <summary>How the walk reached the CCW it fetches.</summary>
internal enum Reach
{
    Start,
    CommandChain,
    DataChain,
    Tic,
}

/// <summary>
/// The last store into a doubleword: the CCW that made it and, when the bytes came from a record,
/// the record and the storage address of its data area's first byte (to find the source CCW).
/// </summary>
internal sealed record StoreRecord(ExecutedCcw Writer, RecordDefinition? Record, uint DataStart);
