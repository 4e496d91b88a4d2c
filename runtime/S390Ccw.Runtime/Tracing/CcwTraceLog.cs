using System.Collections.Generic;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Tracing;

/// <summary>
/// A tracer that keeps every record it is given, up to a limit (a runaway TIC loop of ten million CCWs
/// would otherwise fill memory); <see cref="Dropped"/> counts what did not fit.
/// </summary>
public sealed class CcwTraceLog : IChannelTracer
{
    private readonly List<CcwTraceRecord> _records = new();

    public CcwTraceLog(int limit = 1_000_000) => Limit = limit;

    public int Limit { get; }

    public long Dropped { get; private set; }

    public IReadOnlyList<CcwTraceRecord> Records => _records;

    public void OnCcw(in CcwTraceRecord record)
    {
        if (_records.Count < Limit) _records.Add(record);
        else Dropped++;
    }

    public void Clear()
    {
        _records.Clear();
        Dropped = 0;
    }
}
