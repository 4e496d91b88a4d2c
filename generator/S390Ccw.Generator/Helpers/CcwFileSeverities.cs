using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace S390Ccw.Generator.Helpers;

/// <summary>
/// <c>dotnet_diagnostic.ID.severity</c> from .editorconfig sections, for diagnostics located in .ccw files.
/// The compiler applies such sections only to C# syntax trees: the options it gives an additional file
/// hold every key except <c>dotnet_diagnostic.*</c> (Roslyn AnalyzerConfigSet.ParseSectionOptions puts them
/// in the tree options; CommonCompiler passes additional files their analyzer options only, roslyn#31916).
/// So the package hands the configuration files to the compiler as additional files too
/// (buildTransitive/S390Ccw.targets), and this class evaluates them with Roslyn's own parser and
/// section matching, exactly as it would for a C# file at the .ccw file's path.
/// One source file, linked into the generator and the analyzers.
/// </summary>
internal sealed class CcwFileSeverities
{
    public static readonly CcwFileSeverities None = new(null);

    private readonly AnalyzerConfigSet? _set;

    private CcwFileSeverities(AnalyzerConfigSet? set) => _set = set;

    /// <summary>An .editorconfig (any folder) or a global config, by the names the SDK discovers them under.</summary>
    public static bool IsConfigFile(string path)
    {
        string name = Path.GetFileName(path);
        return name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The configuration given by the files' paths and texts (files that are not configuration are ignored).</summary>
    public static CcwFileSeverities From(IEnumerable<KeyValuePair<string, string>> files)
    {
        var configs = files.Where(f => IsConfigFile(f.Key)).Select(f => AnalyzerConfig.Parse(f.Value, f.Key)).ToList();
        return configs.Count == 0 ? None : new CcwFileSeverities(AnalyzerConfigSet.Create(configs));
    }

    /// <summary>What the configuration says for <paramref name="id"/> at <paramref name="path"/>; Default when nothing.</summary>
    public ReportDiagnostic For(string path, string id)
    {
        if (_set is null) return ReportDiagnostic.Default;
        // A section for the path wins over a global config's global section, as for C# files.
        if (Find(_set.GetOptionsForSourcePath(path).TreeOptions, id) is { } report) return report;
        return Find(_set.GlobalConfigOptions.TreeOptions, id) ?? ReportDiagnostic.Default;
    }

    private static ReportDiagnostic? Find(System.Collections.Immutable.ImmutableDictionary<string, ReportDiagnostic> options, string id) =>
        // The editorconfig parser lower-cases keys, so the ID in the key may come back in either case.
        options.TryGetValue(id, out var report) || options.TryGetValue(id.ToLowerInvariant(), out report) ? report : null;

    /// <summary>
    /// The diagnostic with its configured severity, or null when the configuration says <c>none</c>.
    /// Properties and additional locations are kept (the code fixes read them).
    /// </summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        if (diagnostic.Location.Kind != LocationKind.ExternalFile) return diagnostic;
        var report = For(diagnostic.Location.GetLineSpan().Path, diagnostic.Id);
        DiagnosticSeverity severity;
        switch (report)
        {
            case ReportDiagnostic.Suppress: return null;
            case ReportDiagnostic.Error: severity = DiagnosticSeverity.Error; break;
            case ReportDiagnostic.Warn: severity = DiagnosticSeverity.Warning; break;
            case ReportDiagnostic.Info: severity = DiagnosticSeverity.Info; break;
            case ReportDiagnostic.Hidden: severity = DiagnosticSeverity.Hidden; break;
            default: return diagnostic;
        }
        if (severity == diagnostic.Severity) return diagnostic;
        return Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, severity, diagnostic.AdditionalLocations,
            diagnostic.Properties, MessageArguments(diagnostic));
    }

    /// <summary>The descriptors here all take the whole message as their one argument ("{0}"), or format it themselves.</summary>
    private static object?[] MessageArguments(Diagnostic diagnostic) =>
        diagnostic.Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture) == "{0}"
            ? new object?[] { diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) }
            : throw new InvalidOperationException($"{diagnostic.Id}: only whole-message descriptors can be re-reported with another severity");
}
