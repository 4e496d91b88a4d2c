using System;
using System.Collections.Generic;
using S390Ccw.Language;
using S390Ccw.Language.Analysis;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Cli.Commands;

/// <summary>The channel-program analysis (CCW02xx: the prefetch hazard and its kin) the analyzers run, applied to an assembled file.</summary>
internal static class ChannelProgramChecks
{
    /// <summary>Nothing when the file has errors: the analysis follows chains only through a program that assembled.</summary>
    public static IReadOnlyList<CcwDiagnostic> Analyze(AssemblyResult result, string path) =>
        result.HasErrors ? Array.Empty<CcwDiagnostic>() : PrefetchAnalysis.Analyze(result, System.IO.Path.GetFullPath(path)).Diagnostics;
}
