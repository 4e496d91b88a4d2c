using System.Text;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Tracing;

/// <summary>Short names of the device and subchannel status bits (SA22-7832 ch. 16, "Device Status", SA22-7832 ch. 16, "Subchannel Status") for readable traces.</summary>
public static class StatusNames
{
    private static readonly string[] Device = { "ATTN", "SM", "CUE", "BUSY", "CE", "DE", "UC", "UX" };
    private static readonly string[] Subchannel = { "PCI", "IL", "PGM", "PROT", "CDC", "CCC", "IFCC", "CHAIN" };

    public static string Describe(UnitStatus device, SubchannelStatus subchannel)
    {
        var sb = new StringBuilder();
        Append(sb, (byte)device, Device);
        Append(sb, (byte)subchannel, Subchannel);
        return sb.Length == 0 ? "-" : sb.ToString();
    }

    private static void Append(StringBuilder sb, byte value, string[] names)
    {
        for (int bit = 0; bit < 8; bit++)
        {
            if ((value & (0x80 >> bit)) == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(names[bit]);
        }
    }
}
