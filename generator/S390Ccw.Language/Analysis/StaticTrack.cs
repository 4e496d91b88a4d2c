using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Devices.Eckd;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// One track of a declared volume: R0 (standard: KL 0, DL 8, zeros, IBM 3390 track format), then the
/// defined records in record-number order, which is how the runtime's volume layout writes them. The
/// positioning rules over it are the language core's (<see cref="ICkdTrackView"/>), as for the runtime.
/// </summary>
internal sealed class StaticTrack : ICkdTrackView
{
    private readonly int _volumeCylinders;

    public StaticTrack(int cylinder, int head, List<RecordDefinition> records, int volumeCylinders)
    {
        Cylinder = cylinder;
        Head = head;
        Records = records;
        _volumeCylinders = volumeCylinders;
    }

    public int Cylinder { get; }

    public int Head { get; }

    /// <summary>Records after R0; index i of the device's record list is Records[i - 1].</summary>
    public List<RecordDefinition> Records { get; }

    /// <summary>R0 plus the defined records.</summary>
    public int Count => Records.Count + 1;

    public int RecordCount => Count;

    public int RecordNumber(int index) => index == 0 ? 0 : Records[index - 1].Address.Record;

    public byte[] Key(int index) => index == 0 ? new byte[0] : Records[index - 1].Key;

    public byte[] Data(int index) => index == 0 ? new byte[8] : Records[index - 1].Data;

    public RecordDefinition? Definition(int index) => index == 0 ? null : Records[index - 1];

    /// <summary>The 8-byte count field CCHH R KL DL as written on the track.</summary>
    public ulong CountField(int index) =>
        Devices.Eckd.CountField.Pack(Cylinder, Head, RecordNumber(index), Key(index).Length, Data(index).Length);

    /// <summary>The count field as the device presents it (<see cref="Devices.Eckd.CountField.Present"/>).</summary>
    public ulong PresentedCount(int index) => Devices.Eckd.CountField.Present(CountField(index), _volumeCylinders);

    /// <summary>The presented count field as bytes (what Read Count and Read CKD store).</summary>
    public byte[] PresentedCountBytes(int index)
    {
        var bytes = new byte[Devices.Eckd.CountField.Length];
        Devices.Eckd.CountField.Write(PresentedCount(index), bytes, 0);
        return bytes;
    }

    /// <summary>Reading the record's data area ends with unit exception (<see cref="Devices.Eckd.CountField.ReadsAsEndOfFile"/>).</summary>
    public bool IsEndOfFile(int index) => index != 0 && Devices.Eckd.CountField.ReadsAsEndOfFile(CountField(index));

    public Cchhr Address(int index) => new(Cylinder, Head, RecordNumber(index));

    /// <summary>True when a presented count field of the track (R0 included) equals the CCHHR of a Search ID argument.</summary>
    public bool Holds(ulong argument) => SearchRules.IndexOfId(this, argument, _volumeCylinders) >= 0;
}
