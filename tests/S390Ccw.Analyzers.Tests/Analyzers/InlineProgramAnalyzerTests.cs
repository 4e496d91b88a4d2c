using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using S390Ccw.Analyzers.Tests.Verifiers;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>The analysis on [ChannelProgram("…")] methods, located on the exact characters inside the C# string literal.</summary>
public sealed class InlineProgramAnalyzerTests
{
    /// <summary>
    /// An inline stage 1: the READ (Seek, Search, TIC *-8, READ_DATA at 0x1018) loads a record to 0xE000 and
    /// the TIC right after it goes there. With no volume the bytes read are unknown, so the CCW at 0xE000
    /// differs from the zeros a prefetching channel copied. The implementation part is written here, as no
    /// generator runs in these tests.
    /// </summary>
    internal static string Source(string literal, string method = "Stage1") => $$"""
        using S390Ccw;
        using S390Ccw.Runtime.Programs;

        public static partial class Boot
        {
            [ChannelProgram({{literal}})]
            private static partial ChannelProgram {{method}}();

            private static partial ChannelProgram {{method}}() => throw new System.NotSupportedException();
        }
        """;

    /// <summary>The hazardous READ, as markup: CCW0202 on exactly its characters.</summary>
    internal const string HazardRead = "{|CCW0202:READ cyl0 trk1 rec1 -> 0xE000, CC, SLI, len 64|}";

    /// <summary>The TIC into the loaded bytes, where the walk stops (CCW0209, information): stage 1b is not in the program.</summary>
    internal const string TicIntoLoadedBytes = "{|CCW0209:TIC 0xE000|}";

    private static Task Run(string source, params DiagnosticResult[] expected) =>
        new CcwAnalyzerTest<InlineProgramAnalyzer>().WithCSharp(source).Expect(expected).RunAsync();

    [Fact]
    public Task VerbatimString_HazardAtTheReadOnTheFirstLine() =>
        Run(Source("@\"" + HazardRead + "\n" + TicIntoLoadedBytes + "\""));

    [Fact]
    public Task RegularStringWithEscapes_HazardAtTheRead() =>
        Run(Source("\"" + HazardRead + "\\n    " + TicIntoLoadedBytes + "\""));

    [Fact]
    public Task RawString_HazardAtTheReadOnItsLine() =>
        Run(Source("\"\"\"\n        NOP 0, CC, len 1\n        " + HazardRead + "\n        " + TicIntoLoadedBytes + "\n        \"\"\""));

    [Fact]
    public Task ProgramThatReadsOnlyData_HasNoDiagnostic() =>
        Run(Source("@\"READ cyl0 trk1 rec1 -> 0xE000, SLI, len 64\""));
}
