using System.Collections.Generic;
using S390Ccw.Language.Devices;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// One track of a volume as the device presents it: R0 (standard: KL 0, DL 8, zeros, s390.md §6.3),
/// then the defined records in record-number order, which is how the runtime's volume layout writes them.
/// </summary>
internal sealed class StaticTrack
{
    public StaticTrack(int cylinder, int head, List<RecordDefinition> records)
    {
        Cylinder = cylinder;
        Head = head;
        Records = records;
    }

    public int Cylinder { get; }

    public int Head { get; }

    /// <summary>Records after R0; index i of the device's record list is Records[i - 1].</summary>
    public List<RecordDefinition> Records { get; }

    /// <summary>R0 plus the defined records.</summary>
    public int Count => Records.Count + 1;

    public int RecordNumber(int index) => index == 0 ? 0 : Records[index - 1].Address.Record;

    public byte[] Key(int index) => index == 0 ? new byte[0] : Records[index - 1].Key;

    public byte[] Data(int index) => index == 0 ? new byte[8] : Records[index - 1].Data;

    public RecordDefinition? Definition(int index) => index == 0 ? null : Records[index - 1];

    /// <summary>The 8-byte count field CCHHRKLDL (s390.md §4.3), with the track-overflow bit of byte 0 clear.</summary>
    public byte[] CountField(int index)
    {
        int r = RecordNumber(index);
        int kl = Key(index).Length;
        int dl = Data(index).Length;
        return new[]
        {
            (byte)((Cylinder >> 8) & 0x7F), (byte)Cylinder, (byte)(Head >> 8), (byte)Head, (byte)r, (byte)kl, (byte)(dl >> 8), (byte)dl,
        };
    }

    /// <summary>KL = DL = 0 marks end of file: reading it is unit exception.</summary>
    public bool IsEndOfFile(int index) => index != 0 && Key(index).Length == 0 && Data(index).Length == 0;

    public Cchhr Address(int index) => new(Cylinder, Head, RecordNumber(index));

    /// <summary>True when a count field of the track (R0 included) begins with the 5-byte CCHHR <paramref name="argument"/>.</summary>
    public bool Holds(byte[] argument)
    {
        for (int i = 0; i < Count; i++)
        {
            var count = CountField(i);
            bool equal = true;
            for (int k = 0; k < 5 && equal; k++) equal = count[k] == argument[k];
            if (equal) return true;
        }
        return false;
    }
}
