using System.Text;
using System.Threading;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>
/// Gathers Hercules' output lines as they arrive and signals when the panel script has been read
/// to its end (HHCPN013I "EOF reached on SCRIPT file").
/// </summary>
internal sealed class OutputCollector : System.IDisposable
{
    private const string EndOfScript = "HHCPN013I";

    private readonly object gate = new();
    private readonly StringBuilder standardOutput = new();
    private readonly StringBuilder standardError = new();

    public ManualResetEventSlim ScriptFinishedEvent { get; } = new(false);

    public WaitHandle ScriptFinished => ScriptFinishedEvent.WaitHandle;

    public void Add(string? line)
    {
        if (line is null)
            return; // end of stream
        lock (gate)
            standardOutput.Append(line).Append('\n');
        if (line.Contains(EndOfScript, System.StringComparison.Ordinal))
            ScriptFinishedEvent.Set();
    }

    public void AddError(string? line)
    {
        if (line is null)
            return;
        lock (gate)
            standardError.Append(line).Append('\n');
    }

    /// <summary>Standard output, then standard error.</summary>
    public override string ToString()
    {
        lock (gate)
            return standardOutput.ToString() + standardError.ToString();
    }

    public void Dispose() => ScriptFinishedEvent.Dispose();
}
