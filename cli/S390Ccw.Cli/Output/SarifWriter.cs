using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Cli.Output;

/// <summary>Diagnostics as a SARIF 2.1.0 log (OASIS sarif-v2.1.0), one run of the tool, one rule per ID.</summary>
internal static class SarifWriter
{
    public static void Write(Stream stream, IReadOnlyList<CcwDiagnostic> diagnostics)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "ccw");
        w.WriteString("informationUri", "https://github.com/s390ccw/s390ccw");
        w.WriteStartArray("rules");
        foreach (var descriptor in diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Id, System.StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", descriptor.Id);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", descriptor.Title);
            w.WriteEndObject();
            w.WriteString("helpUri", descriptor.HelpLink);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", d.Id);
            w.WriteString("level", d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" });
            w.WriteStartObject("message");
            w.WriteString("text", d.Message);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", ToUri(d.FilePath ?? "<input>"));
            w.WriteEndObject();
            w.WriteStartObject("region");
            w.WriteNumber("startLine", d.Span.Line);
            w.WriteNumber("startColumn", d.Span.Column);
            w.WriteNumber("endLine", d.Span.EndLine);
            w.WriteNumber("endColumn", d.Span.EndColumn);
            w.WriteNumber("charOffset", d.Span.Position);
            w.WriteNumber("charLength", d.Span.Length);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string ToUri(string path) =>
        Path.IsPathRooted(path) ? new System.Uri(path).AbsoluteUri : path.Replace('\\', '/');
}
