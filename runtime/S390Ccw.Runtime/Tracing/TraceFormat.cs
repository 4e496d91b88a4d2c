namespace S390Ccw.Runtime.Tracing;

/// <summary>The renderings of a CCW trace (issue 4).</summary>
public enum TraceFormat
{
    /// <summary>One readable line per CCW: address, bytes, mnemonic, status, residual.</summary>
    Text,

    /// <summary>The fields of Hercules' own CCW trace (HHCCP048I CCW= / HHCCP075I Stat= Count=), for diffing against a Hercules log.</summary>
    Hercules,

    /// <summary>One JSON object per line, for tools.</summary>
    Json,
}
