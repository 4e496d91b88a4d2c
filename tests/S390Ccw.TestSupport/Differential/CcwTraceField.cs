namespace S390Ccw.TestSupport.Differential;

/// <summary>Where two CCW traces first differ.</summary>
public enum CcwTraceField
{
    /// <summary>The CCW bytes differ: the chains took different paths.</summary>
    Ccw,

    /// <summary>One side reports status for the CCW and the other does not.</summary>
    StatusPresence,

    DeviceStatus,

    SubchannelStatus,

    Residual,

    /// <summary>The actual trace ended before the expected one.</summary>
    Missing,

    /// <summary>The actual trace has CCWs after the expected one ended.</summary>
    Extra,
}
