namespace S390Ccw.TestSupport.Differential;

/// <summary>The first CCW at which two traces differ, with both sides' values for the message.</summary>
public sealed class CcwTraceDivergence
{
    public CcwTraceDivergence(int index, CcwTraceField field, CcwTraceStep? expected, CcwTraceStep? actual)
    {
        Index = index;
        Field = field;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>0-based position in the traces.</summary>
    public int Index { get; }

    public CcwTraceField Field { get; }

    /// <summary>The reference side's step (Hercules'); null when that trace had already ended.</summary>
    public CcwTraceStep? Expected { get; }

    /// <summary>The compared side's step (ours); null when that trace had already ended.</summary>
    public CcwTraceStep? Actual { get; }

    public override string ToString() =>
        $"CCW #{Index}: {Describe(Field)}; expected {Expected?.ToString() ?? "(end of trace)"}, actual {Actual?.ToString() ?? "(end of trace)"}";

    private static string Describe(CcwTraceField field) => field switch
    {
        CcwTraceField.Ccw => "different CCW",
        CcwTraceField.StatusPresence => "status reported on one side only",
        CcwTraceField.DeviceStatus => "different device status",
        CcwTraceField.SubchannelStatus => "different subchannel status",
        CcwTraceField.Residual => "different residual count",
        CcwTraceField.Missing => "trace ends early",
        CcwTraceField.Extra => "trace goes on",
        _ => field.ToString(),
    };
}
