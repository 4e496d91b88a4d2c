using System.Globalization;
using System.Text;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Language;

namespace S390Ccw.Cli.Lsp.Features;

/// <summary>
/// Hover text for a volume line (model, cylinders, records) and for a line that makes records (CCHHR, key
/// and data sizes, first bytes): one <c>record</c>, or the IPL1, IPL2 and VOL1 records of <c>standard track0</c>.
/// </summary>
internal static class RecordHover
{
    private const int ShownBytes = 32;

    public static string? Describe(DocumentSnapshot document, int line)
    {
        var sb = new StringBuilder();
        foreach (var volume in document.Analysis.Assembly.Volumes)
        {
            if (volume.Span.Line == line)
                return $"**volume {volume.Volser}**: 3390 model {volume.Model.Name}, {volume.Cylinders} cylinders, {volume.Records.Count} records besides R0";
            foreach (var record in volume.Records)
            {
                if (record.Span.Line == line) Append(sb, volume, record);
            }
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static void Append(StringBuilder sb, VolumeDefinition volume, RecordDefinition record)
    {
        if (sb.Length > 0) sb.Append("\n\n");
        sb.Append("**record ").Append(record.Address.ToString()).Append("** of volume `").Append(volume.Volser).Append("`: key ")
          .Append(record.Key.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes, data ")
          .Append(record.Data.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes");
        if (record.SourceProgram is { } program) sb.Append(" (program `").Append(program).Append("`)");
        if (record.Data.Length == 0) return;
        sb.Append("\n\n```\n");
        for (int i = 0; i < record.Data.Length && i < ShownBytes; i++)
            sb.Append(record.Data[i].ToString("X2", CultureInfo.InvariantCulture)).Append(i % 4 == 3 ? " " : "");
        if (record.Data.Length > ShownBytes) sb.Append('…');
        sb.Append("\n```");
    }
}
