using System.Collections.Generic;
using S390Ccw.Language.Devices;

namespace S390Ccw.Language;

/// <summary>
/// A 3390 volume to build: serial, model and cylinder count, and every record beyond R0 in CCHHR order
/// (the image writer formats every other track as empty). The records of cylinder 0 head 0 carry the
/// IPL1, IPL2 and VOL1 records when the source asks for the standard track 0.
/// </summary>
public sealed record VolumeDefinition(string Volser, Dasd3390Model Model, IReadOnlyList<RecordDefinition> Records, SourceSpan Span)
{
    public int Cylinders => Model.Cylinders;
}
