using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Tracing;

/// <summary>Renders trace records as text, as Hercules' CCW trace lines, or as JSON lines.</summary>
public static class CcwTraceWriter
{
    public static void Write(TextWriter writer, IEnumerable<CcwTraceRecord> records, TraceFormat format)
    {
        foreach (var record in records)
        {
            switch (format)
            {
                case TraceFormat.Hercules: WriteHercules(writer, record); break;
                case TraceFormat.Json: writer.WriteLine(ToJson(record)); break;
                default: writer.WriteLine(ToText(record)); break;
            }
        }
    }

    public static string Render(IEnumerable<CcwTraceRecord> records, TraceFormat format)
    {
        var sw = new StringWriter { NewLine = "\n" };
        Write(sw, records, format);
        return sw.ToString();
    }

    /// <summary><c>00002000  07002080 40000006  SEEK        CE DE           count=0000</c></summary>
    public static string ToText(in CcwTraceRecord r)
    {
        var raw = r.RawBytes();
        var sb = new StringBuilder(96);
        sb.Append(r.CcwAddress.ToString("X8")).Append("  ");
        AppendWords(sb, raw);
        sb.Append("  ").Append((r.Mnemonic ?? $"X'{r.Command:X2}'").PadRight(14));
        if (r.IsTransferInChannel)
        {
            uint target = r.Format == Language.Encoding.CcwFormat.Format0
                ? (uint)((raw[1] << 16) | (raw[2] << 8) | raw[3])
                : (uint)((raw[4] << 24) | (raw[5] << 16) | (raw[6] << 8) | raw[7]);
            sb.Append("-> ").Append(target.ToString("X8"));
            return sb.ToString();
        }
        sb.Append(StatusNames.Describe(r.DeviceStatus, r.SubchannelStatus).PadRight(16));
        sb.Append(" count=").Append(r.ResidualCount.ToString("X4"));
        if (r.DataPreviewLength > 0)
        {
            sb.Append("  data=");
            foreach (var b in r.DataPreview()) sb.Append(b.ToString("X2"));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The two lines Hercules 3.13 prints for a traced CCW (Hercules channel.c display_ccw and msgenu.h (CCW trace)): <c>HHCCP048I DEVN:CCW=xxxxxxxx xxxxxxxx</c>
    /// and, except for a TIC and for a CCW the channel refused before the device ran it (Hercules 3.13 prints
    /// only the CCW line for those), <c>HHCCP075I DEVN:Stat=DDSS Count=RRRR</c> with the data moved after <c>=&gt;</c>.
    /// </summary>
    public static void WriteHercules(TextWriter writer, in CcwTraceRecord r)
    {
        var sb = new StringBuilder(96);
        sb.Append("HHCCP048I ").Append(r.DeviceNumber.ToString("X4")).Append(":CCW=");
        AppendWords(sb, r.RawBytes());
        writer.WriteLine(sb.ToString());
        if (r.IsTransferInChannel || r.RefusedByChannel) return;
        sb.Clear();
        sb.Append("HHCCP075I ").Append(r.DeviceNumber.ToString("X4")).Append(":Stat=")
          .Append(((byte)r.DeviceStatus).ToString("X2")).Append(((byte)r.SubchannelStatus).ToString("X2"))
          .Append(" Count=").Append(r.ResidualCount.ToString("X4"));
        if (r.DataPreviewLength > 0)
        {
            sb.Append(" =>");
            var data = r.DataPreview();
            for (int i = 0; i < data.Length; i++)
            {
                if (i % 4 == 0 && i > 0) sb.Append(' ');
                sb.Append(data[i].ToString("X2"));
            }
        }
        writer.WriteLine(sb.ToString());
    }

    public static string ToJson(in CcwTraceRecord r)
    {
        var sb = new StringBuilder(160);
        sb.Append("{\"device\":\"").Append(r.DeviceNumber.ToString("X4"))
          .Append("\",\"address\":").Append(r.CcwAddress)
          .Append(",\"ccw\":\"");
        foreach (var b in r.RawBytes()) sb.Append(b.ToString("X2"));
        sb.Append("\",\"format\":").Append(r.Format == Language.Encoding.CcwFormat.Format0 ? 0 : 1)
          .Append(",\"mnemonic\":").Append(r.Mnemonic is null ? "null" : "\"" + r.Mnemonic + "\"")
          .Append(",\"tic\":").Append(r.IsTransferInChannel ? "true" : "false");
        if (!r.IsTransferInChannel)
        {
            sb.Append(",\"deviceStatus\":").Append((byte)r.DeviceStatus)
              .Append(",\"subchannelStatus\":").Append((byte)r.SubchannelStatus)
              .Append(",\"residual\":").Append(r.ResidualCount)
              .Append(",\"dataLength\":").Append(r.DataLength)
              .Append(",\"data\":\"");
            foreach (var b in r.DataPreview()) sb.Append(b.ToString("X2"));
            sb.Append('"');
        }
        return sb.Append('}').ToString();
    }

    private static void AppendWords(StringBuilder sb, byte[] raw)
    {
        for (int i = 0; i < 8; i++)
        {
            if (i == 4) sb.Append(' ');
            sb.Append(raw[i].ToString("X2"));
        }
    }
}
