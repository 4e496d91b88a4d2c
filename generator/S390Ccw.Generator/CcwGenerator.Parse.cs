using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using S390Ccw.Generator.Helpers;
using S390Ccw.Generator.Models;
using S390Ccw.Language;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Generator;

public sealed partial class CcwGenerator
{
    /// <summary>The cheap equality gate in front of the parser: the file and the two option strings it needs.</summary>
    internal sealed record FileInput(AdditionalText File, string Namespace, string ProjectDir);

    private static FileInput ReadOptions(AdditionalText file, AnalyzerConfigOptionsProvider provider)
    {
        var perFile = provider.GetOptions(file);
        var global = provider.GlobalOptions;
        string ns = FirstNonEmpty(
            perFile.TryGetValue("build_metadata.AdditionalFiles.CcwNamespace", out var n) ? n : null,
            global.TryGetValue("build_property.CcwNamespace", out var g) ? g : null,
            global.TryGetValue("build_property.RootNamespace", out var r) ? r : null) ?? "ChannelPrograms";
        string dir = global.TryGetValue("build_property.ProjectDir", out var d) ? d ?? "" : "";
        return new FileInput(file, ns, dir);
    }

    private static FileSpec ParseFile(FileInput input, CancellationToken ct)
    {
        string path = input.File.Path;
        SourceText? text = input.File.GetText(ct);
        string className = Naming.TypeNameFromFile(path);
        string hint = Naming.HintNameFromPath(path, input.ProjectDir);
        if (text is null)
        {
            return new FileSpec(hint, path, input.Namespace, className,
                EquatableArray<ProgramSpec>.Empty, EquatableArray<VolumeSpec>.Empty, EquatableArray<DiagnosticInfo>.Empty, HasErrors: true);
        }

        AssemblyResult result;
        try
        {
            // Include files are read by the runtime when the volume is built; the generator only
            // sees the .ccw text (analyzers may not do file IO, RS1035).
            result = CcwAssembler.Assemble(text.ToString(), path, GeneratorIncludeResolver.Instance);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The language core promises not to throw; if it ever does, say so instead of dropping every output.
            var info = DiagnosticInfo.Create(DiagnosticCatalog.InternalError, DiagnosticCatalog.InternalError.Format(ex.Message), path, text, default);
            return new FileSpec(hint, path, input.Namespace, className,
                EquatableArray<ProgramSpec>.Empty, EquatableArray<VolumeSpec>.Empty,
                new EquatableArray<DiagnosticInfo>(new[] { info }), HasErrors: true);
        }

        return BuildFileSpec(hint, path, input.Namespace, className, result, text, 0);
    }

    internal static FileSpec BuildFileSpec(string hint, string path, string ns, string className, AssemblyResult result, SourceText text, int offset)
    {
        var diagnostics = result.Diagnostics.Select(d => ToInfo(d, path, text, offset)).ToList();
        var programs = result.Programs.Select(p => new ProgramSpec(
            p.Name,
            Naming.ToPascalCase(p.Name),
            (int)p.Format,
            p.Origin,
            new EquatableArray<byte>(p.Bytes),
            new EquatableArray<CcwSpec>(p.Ccws.Select(c => new CcwSpec(
                c.Address, c.Ccw.Command, (byte)c.Ccw.Flags, c.Ccw.Count, c.Ccw.DataAddress, c.Mnemonic, c.Span.Line))),
            new EquatableArray<LabelSpec>(p.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => new LabelSpec(l.Key, l.Value))),
            new EquatableArray<uint>(p.SplitPoints.Select(s => s.TicAddress)),
            p.Span.Line)).ToList();
        var volumes = result.Volumes.Select(v => new VolumeSpec(
            v.Volser,
            Naming.ToPascalCase(v.Volser),
            v.Model.Name,
            v.Model.Cylinders,
            new EquatableArray<RecordSpec>(v.Records.Select(r => new RecordSpec(
                r.Address.Cylinder, r.Address.Head, r.Address.Record,
                new EquatableArray<byte>(r.Key), new EquatableArray<byte>(r.Data), r.Span.Line))),
            v.Span.Line)).ToList();
        var volumeArray = new EquatableArray<VolumeSpec>(volumes);
        // The hazard facts belong to the model, so the emit step never runs the analysis.
        programs = programs.Select(p => p with { Hazard = ProgramHazards.Summarize(p, volumeArray) }).ToList();
        return new FileSpec(hint, path, ns, className,
            new EquatableArray<ProgramSpec>(programs),
            volumeArray,
            new EquatableArray<DiagnosticInfo>(diagnostics),
            result.HasErrors);
    }

    private static DiagnosticInfo ToInfo(CcwDiagnostic d, string path, SourceText text, int offset) =>
        DiagnosticInfo.Create(d.Descriptor, d.Message, path, text, new TextSpan(d.Span.Position + offset, d.Span.Length));

    private static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var v in values)
        {
            if (!string.IsNullOrWhiteSpace(v)) return v!.Trim();
        }
        return null;
    }
}
