using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Language;

/// <summary>What one assembly produced: diagnostics, programs and volumes (also when there are errors).</summary>
public sealed class AssemblyResult
{
    internal AssemblyResult(IReadOnlyList<CcwDiagnostic> diagnostics, IReadOnlyList<AssembledProgram> programs, IReadOnlyList<VolumeDefinition> volumes)
    {
        Diagnostics = diagnostics;
        Programs = programs;
        Volumes = volumes;
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error) HasErrors = true;
        }
    }

    public IReadOnlyList<CcwDiagnostic> Diagnostics { get; }

    public bool HasErrors { get; }

    public IReadOnlyList<AssembledProgram> Programs { get; }

    public IReadOnlyList<VolumeDefinition> Volumes { get; }
}
