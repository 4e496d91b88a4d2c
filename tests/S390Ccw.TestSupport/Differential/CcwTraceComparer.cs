using System;
using System.Collections.Generic;

namespace S390Ccw.TestSupport.Differential;

/// <summary>
/// Compares two CCW traces step by step (issue 4: command, status and residual count) and names
/// the first difference.
/// </summary>
public static class CcwTraceComparer
{
    /// <summary>
    /// The first step where <paramref name="actual"/> departs from <paramref name="expected"/>, or
    /// null when they agree. The CCW bytes are always compared. Status is compared when the
    /// expected step has it; an expected step without status (Hercules prints none for a TIC, nor
    /// for a CCW that ends in a program check before the device runs) matches an actual step with
    /// or without status, because the architecture stores that status in the SCSW, not per CCW.
    /// </summary>
    public static CcwTraceDivergence? FirstDivergence(IReadOnlyList<CcwTraceStep> expected, IReadOnlyList<CcwTraceStep> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        int common = Math.Min(expected.Count, actual.Count);
        for (int i = 0; i < common; i++)
        {
            CcwTraceField? field = Compare(expected[i], actual[i]);
            if (field is CcwTraceField difference)
                return new CcwTraceDivergence(i, difference, expected[i], actual[i]);
        }
        if (actual.Count < expected.Count)
            return new CcwTraceDivergence(common, CcwTraceField.Missing, expected[common], null);
        if (actual.Count > expected.Count)
            return new CcwTraceDivergence(common, CcwTraceField.Extra, null, actual[common]);
        return null;
    }

    private static CcwTraceField? Compare(CcwTraceStep expected, CcwTraceStep actual)
    {
        if (!expected.Ccw.AsSpan().SequenceEqual(actual.Ccw.AsSpan()))
            return CcwTraceField.Ccw;
        if (!expected.HasStatus)
            return null;
        if (!actual.HasStatus)
            return CcwTraceField.StatusPresence;
        if (expected.DeviceStatus != actual.DeviceStatus)
            return CcwTraceField.DeviceStatus;
        if (expected.SubchannelStatus != actual.SubchannelStatus)
            return CcwTraceField.SubchannelStatus;
        if (expected.Residual != actual.Residual)
            return CcwTraceField.Residual;
        return null;
    }
}
