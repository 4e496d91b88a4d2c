using System.Linq;
using S390Ccw.Language;
using S390Ccw.Language.Analysis;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analysis;

/// <summary>Assembles a .ccw text that must be free of errors and runs the prefetch analysis on it.</summary>
internal static class Chains
{
    public static (AssemblyResult Assembly, ChainAnalysisResult Analysis) Analyze(string text)
    {
        var assembly = CcwAssembler.Assemble(text, "/src/test.ccw");
        Assert.False(assembly.HasErrors, string.Join("\n", assembly.Diagnostics));
        return (assembly, PrefetchAnalysis.Analyze(assembly, "/src/test.ccw"));
    }

    public static string Ids(ChainAnalysisResult result) => string.Join(",", result.Diagnostics.Select(d => d.Id));
}
