using System.Collections.Generic;
using System.Text;

namespace S390Ccw.Runtime.Ipl;

/// <summary>Sense bytes as hex with the meaning of bytes 0 and 1 (GA32-0274, sense bytes; Hercules ckddasd.c ckd_build_sense: 3990/2107 sense).</summary>
public static class SenseText
{
    private static readonly (int Byte, byte Mask, string Name)[] Bits =
    {
        (0, 0x80, "command reject"), (0, 0x40, "intervention required"), (0, 0x20, "bus-out parity check"),
        (0, 0x10, "equipment check"), (0, 0x08, "data check"), (0, 0x04, "overrun"), (0, 0x01, "incomplete domain"),
        (1, 0x80, "permanent error"), (1, 0x40, "invalid track format"), (1, 0x20, "end of cylinder"),
        (1, 0x08, "no record found"), (1, 0x04, "file protected"), (1, 0x02, "write inhibited"),
    };

    public static string Describe(byte[] sense)
    {
        var hex = new StringBuilder();
        for (int i = 0; i < sense.Length && i < 8; i++)
        {
            if (i == 4) hex.Append(' ');
            hex.Append(sense[i].ToString("X2"));
        }
        var names = new List<string>();
        foreach (var (b, mask, name) in Bits)
        {
            if (b < sense.Length && (sense[b] & mask) != 0) names.Add(name);
        }
        return names.Count == 0 ? hex.ToString() : $"{hex} ({string.Join(", ", names)})";
    }
}
