using System;
using System.Collections.Generic;
using S390Ccw.Language.Binding;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Parsing;

namespace S390Ccw.Language;

/// <summary>
/// The one entry point of the CCW assembly language: parse, bind and encode a .ccw text. It never
/// throws: every problem with the input is a located diagnostic (docs/diagnostics.md).
/// </summary>
public static class CcwAssembler
{
    public static AssemblyResult Assemble(string text, string? filePath = null, IIncludeResolver? includes = null) =>
        Assemble(text, filePath, includes, null);

    /// <summary>The same, handing the parsed statements to <paramref name="parsed"/> before binding (editors index them: Editing/EditorAssembly).</summary>
    internal static AssemblyResult Assemble(string text, string? filePath, IIncludeResolver? includes, Action<ParsedFile>? parsed)
    {
        var diagnostics = new DiagnosticBag(filePath);
        try
        {
            var file = LineParser.Parse(text ?? string.Empty, diagnostics);
            parsed?.Invoke(file);
            var (programs, volumes) = new Binder(diagnostics, includes ?? DiskIncludeResolver.Instance, filePath).Bind(file);
            return new AssemblyResult(Sorted(diagnostics.Items), programs, volumes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of ours, not of the input: still a diagnostic, never an exception to the caller.
            diagnostics.Report(DiagnosticCatalog.InternalError, SourceSpan.Start, e.GetType().Name + ": " + e.Message);
            return new AssemblyResult(Sorted(diagnostics.Items), Array.Empty<AssembledProgram>(), Array.Empty<VolumeDefinition>());
        }
    }

    /// <summary>Diagnostics in source order (stable for equal positions), as a compiler lists them.</summary>
    private static IReadOnlyList<CcwDiagnostic> Sorted(IReadOnlyList<CcwDiagnostic> items)
    {
        var list = new List<CcwDiagnostic>(items);
        var order = new Dictionary<CcwDiagnostic, int>();
        for (int i = 0; i < list.Count; i++) order[list[i]] = i;
        list.Sort((a, b) => a.Span.Position != b.Span.Position ? a.Span.Position.CompareTo(b.Span.Position) : order[a].CompareTo(order[b]));
        return list;
    }
}
