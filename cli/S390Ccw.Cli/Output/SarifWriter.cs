using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Cli.Output;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log (OASIS sarif-v2.1.0) for code-scanning services: one run of the tool with
/// its version and invocation, one rule per reported ID with an absolute help URI, results located relative
/// to the source root.
/// </summary>
internal static class SarifWriter
{
    /// <summary>Where rule help lives unless <c>--help-uri-base</c> says otherwise: the repository's diagnostics page, one anchor per ID.</summary>
    public const string DefaultHelpUriBase = "https://github.com/s390ccw/s390ccw/blob/main/docs/diagnostics.md";

    public const string InformationUri = "https://github.com/s390ccw/s390ccw";

    public static void Write(Stream stream, IReadOnlyList<CcwDiagnostic> diagnostics, SarifInvocation invocation)
    {
        var uris = new SarifArtifactUris(invocation.BaseDirectory);
        var rules = diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var artifacts = diagnostics.Select(d => uris.Locate(d.FilePath)).Distinct().ToList();
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        WriteTool(w, rules, invocation.HelpUriBase);
        WriteInvocation(w, invocation, uris);
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject(SarifArtifactUris.SourceRootId);
        w.WriteString("uri", uris.RootUri);
        w.WriteStartObject("description");
        w.WriteString("text", "The source root (--base-dir): artifact locations are relative to it.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("artifacts");
        foreach (var artifact in artifacts)
        {
            w.WriteStartObject();
            WriteArtifactLocation(w, artifact, index: null);
            w.WriteString("sourceLanguage", "ccw");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("results");
        foreach (var d in diagnostics) WriteResult(w, d, rules.IndexOf(d.Descriptor), uris.Locate(d.FilePath), artifacts);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The tool's version without build metadata: 0.1.0 of 0.1.0+commit.</summary>
    public static string ToolVersion()
    {
        string version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }

    private static void WriteTool(Utf8JsonWriter w, IReadOnlyList<DiagnosticDescriptor> rules, string helpUriBase)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "ccw");
        w.WriteString("fullName", "S390Ccw ccw check");
        w.WriteString("version", ToolVersion());
        w.WriteString("semanticVersion", ToolVersion());
        w.WriteString("informationUri", InformationUri);
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", CatalogNames.NameOf(rule.Id));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteString("helpUri", helpUriBase + "#" + rule.Id.ToLowerInvariant());
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.Severity));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// One invocation (SARIF SA22-7832 ch. 16, "Subchannel-Status Word"): executionSuccessful is false only when the tool itself failed, here a file it
    /// could not read, each reported as a tool execution notification at that file (SA22-7832 ch. 16, "Subchannel-Status Word".21, SA22-7832 ch. 16, "Subchannel-Status Word").
    /// </summary>
    private static void WriteInvocation(Utf8JsonWriter w, SarifInvocation invocation, SarifArtifactUris uris)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteString("commandLine", "ccw " + string.Join(" ", invocation.Arguments.Select(Quote)));
        w.WriteStartArray("arguments");
        foreach (string argument in invocation.Arguments) w.WriteStringValue(argument);
        w.WriteEndArray();
        w.WriteBoolean("executionSuccessful", invocation.Failures.Count == 0);
        w.WriteNumber("exitCode", invocation.ExitCode);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var (path, message) in invocation.Failures)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            w.WriteStartObject("message");
            w.WriteString("text", message);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            WriteArtifactLocation(w, uris.Locate(path), index: -1);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("workingDirectory");
        w.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(invocation.WorkingDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, CcwDiagnostic d, int ruleIndex, (string Uri, string? BaseId) artifact, IReadOnlyList<(string, string?)> artifacts)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Id);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", Level(d.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", d.Message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        WriteArtifactLocation(w, artifact, artifacts.ToList().IndexOf(artifact));
        w.WriteStartObject("region");
        w.WriteNumber("startLine", d.Span.Line);
        w.WriteNumber("startColumn", d.Span.Column);
        w.WriteNumber("endLine", d.Span.EndLine);
        w.WriteNumber("endColumn", Math.Max(d.Span.EndColumn, d.Span.Column));
        w.WriteNumber("charOffset", d.Span.Position);
        w.WriteNumber("charLength", d.Span.Length);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>An artifact's <c>location</c> (index null), or an <c>artifactLocation</c> with its index in <c>artifacts</c> (negative: none).</summary>
    private static void WriteArtifactLocation(Utf8JsonWriter w, (string Uri, string? BaseId) artifact, int? index)
    {
        w.WriteStartObject(index is null ? "location" : "artifactLocation");
        w.WriteString("uri", artifact.Uri);
        if (artifact.BaseId is not null) w.WriteString("uriBaseId", artifact.BaseId);
        if (index is int i && i >= 0) w.WriteNumber("index", i);
        w.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) =>
        severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" };

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./,:=+@".Contains(c)) ? argument : "'" + argument.Replace("'", "'\\''") + "'";
}
