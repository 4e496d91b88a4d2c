using System.Collections.Generic;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Tests.Channel;

internal sealed class RecordingTracer : IChannelTracer
{
    public List<CcwTraceRecord> Records { get; } = new();

    public IEnumerable<string?> Mnemonics
    {
        get
        {
            foreach (var r in Records) yield return r.Mnemonic;
        }
    }

    public void OnCcw(in CcwTraceRecord record) => Records.Add(record);
}
