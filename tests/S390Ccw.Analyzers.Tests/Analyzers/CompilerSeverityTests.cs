using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using S390Ccw.Analyzers.Tests.Infrastructure;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>
/// Severities the compiler itself applies from .editorconfig to diagnostics in C# files (inline programs,
/// CCW2001). Roslyn's testing library reports analyzer diagnostics before that filter, so these few tests
/// run the analyzers through CompilationWithAnalyzers as a build does (AnalyzerHarness). For .ccw files the
/// analyzers apply the severity themselves, tested through the library (CcwFileSeverityTests).
/// </summary>
public sealed class CompilerSeverityTests
{
    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public async Task EditorConfig_SetsTheSeverityOfCcw2001(string configured, DiagnosticSeverity expected)
    {
        var project = AnalyzerHarness.Project(PrefetchStartAnalyzerTests.Use("        Stage1.Program.Start(cs, 0x0120, prefetch: true);"),
            configs: new[] { (".editorconfig", $"root = true\n[*.cs]\ndotnet_diagnostic.CCW2001.severity = {configured}\n") });
        Assert.Equal(expected, Assert.Single(await AnalyzerHarness.Analyze(project, new PrefetchStartAnalyzer())).Severity);
    }

    [Fact]
    public async Task EditorConfigNone_SilencesCcw2001()
    {
        var project = AnalyzerHarness.Project(PrefetchStartAnalyzerTests.Use("        Stage1.Program.Start(cs, 0x0120, prefetch: true);"),
            configs: new[] { (".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.CCW2001.severity = none\n") });
        Assert.Empty(await AnalyzerHarness.Analyze(project, new PrefetchStartAnalyzer()));
    }

    [Fact]
    public async Task EditorConfig_SetsTheSeverityOfInlineDiagnostics()
    {
        var project = AnalyzerHarness.Project(InlineProgramAnalyzerTests.Source("@\"READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\nTIC 0xE000\""),
            configs: new[] { (".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.CCW0202.severity = error\n") });
        var diagnostics = await AnalyzerHarness.Analyze(project, new InlineProgramAnalyzer());
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "CCW0202").Severity);
    }
}
