using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using S390Ccw.Analyzers.Tests.Infrastructure;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>The analysis on [ChannelProgram("…")] methods, located inside the C# string literal.</summary>
public sealed class InlineProgramAnalyzerTests
{
    /// <summary>
    /// An inline stage 1: the READ (Seek, Search, TIC *-8, READ_DATA at 0x1018) loads a record to 0xE000 and
    /// the TIC right after it goes there. With no volume the bytes read are unknown, so the CCW at 0xE000
    /// differs from the zeros a prefetching channel copied.
    /// </summary>
    internal static string Source(string literal) => $$"""
        using S390Ccw;
        using S390Ccw.Runtime.Programs;

        public static partial class Boot
        {
            [ChannelProgram({{literal}})]
            private static partial ChannelProgram Stage1();

            private static partial ChannelProgram Stage1() => throw new System.NotSupportedException();
        }
        """;

    internal const string Verbatim = "@\"READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\nTIC 0xE000\"";

    [Fact]
    public async Task VerbatimString_HazardAtTheReadInsideTheLiteral()
    {
        string source = Source(Verbatim);
        var diagnostics = await AnalyzerHarness.Analyze(AnalyzerHarness.Project(source), new InlineProgramAnalyzer());
        var d = Assert.Single(diagnostics);
        Assert.Equal("CCW0202", d.Id);
        int start = source.IndexOf("READ cyl0", System.StringComparison.Ordinal);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(start, "READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64".Length), d.Location.SourceSpan);
        Assert.Contains("READ_DATA at 0x00001018 (line 2) overwrites the CCW at 0x0000E000 (with data this build cannot see", d.GetMessage());
        // The TIC is the assembled text's line 3 ("program Stage1 format0 at 0x1000" is line 1); in the value it follows the 46-character READ line and its line break.
        Assert.Equal("47", d.Properties["SplitValueOffset"]);
    }

    [Fact]
    public async Task EscapedString_HazardOnTheWholeLiteral()
    {
        const string literal = "\"READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64\\n    TIC 0xE000\"";
        string source = Source(literal);
        var d = Assert.Single(await AnalyzerHarness.Analyze(AnalyzerHarness.Project(source), new InlineProgramAnalyzer()));
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(source.IndexOf(literal, System.StringComparison.Ordinal), literal.Length), d.Location.SourceSpan);
        Assert.Equal("51", d.Properties["SplitValueOffset"]); // 46 + 1 + 4 spaces
    }

    [Fact]
    public async Task ProgramThatReadsOnlyData_HasNoDiagnostic()
    {
        string source = Source("@\"READ cyl0 trk1 rec1 -> 0xE000, SLI, len 64\"");
        Assert.Empty(await AnalyzerHarness.Analyze(AnalyzerHarness.Project(source), new InlineProgramAnalyzer()));
    }

    [Fact]
    public async Task EditorConfig_SetsSeverityOfInlineDiagnostics()
    {
        var project = AnalyzerHarness.Project(Source(Verbatim), configs: new[] { (".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.CCW0202.severity = error\n") });
        var d = Assert.Single(await AnalyzerHarness.Analyze(project, new InlineProgramAnalyzer()));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }
}
