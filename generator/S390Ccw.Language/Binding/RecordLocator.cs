using System.Collections.Generic;
using S390Ccw.Language.Devices;

namespace S390Ccw.Language.Binding;

/// <summary>
/// Finds the record a high-level READ names, to take its count from the record's data length: on the
/// volume that holds the program as a record, or on the only volume of the file.
/// </summary>
internal sealed class RecordLocator
{
    private readonly IReadOnlyList<VolumeSection> _volumes;

    public RecordLocator(IReadOnlyList<VolumeSection> volumes)
    {
        _volumes = volumes;
    }

    public bool TryGetDataLength(ProgramSection program, Cchhr? record, out int length, out string why)
    {
        length = 0;
        if (record is not { } address)
        {
            why = "the record before it is not known (READ next follows a READ of a named record, or starts an IPL1 program)";
            return false;
        }
        var volume = program.Volume ?? (_volumes.Count == 1 ? _volumes[0] : null);
        if (volume is null)
        {
            why = _volumes.Count == 0
                ? "no volume is defined"
                : $"program '{program.Name}' is not a record of any volume and the file defines {_volumes.Count} volumes";
            return false;
        }
        if (!volume.ByAddress.TryGetValue(address, out var pending))
        {
            why = $"record {address} is not defined on volume {volume.Volser}";
            return false;
        }
        length = pending.DataLength;
        why = string.Empty;
        return true;
    }
}
