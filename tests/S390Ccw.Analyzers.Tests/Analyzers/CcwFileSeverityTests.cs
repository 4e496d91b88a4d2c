using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using S390Ccw.Analyzers.Tests.Analysis;
using S390Ccw.Analyzers.Tests.Verifiers;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>
/// dotnet_diagnostic.ID.severity in .editorconfig sections, applied to diagnostics in .ccw files per folder
/// and section as the compiler applies them to C# files (CcwFileSeverities).
/// </summary>
public sealed class CcwFileSeverityTests
{
    private const string Path = CcwAnalyzerTest<CcwFileAnalyzer>.Folder;

    // ZiplLdl: CCW0203 at line 3 columns 5-36 and line 4 columns 5-33 (CcwFileAnalyzerTests).
    private static DiagnosticResult[] ZiplLdlAt(string file, DiagnosticSeverity severity) => new[]
    {
        new DiagnosticResult("CCW0203", severity).WithSpan(Path + file, 3, 5, 3, 36),
        new DiagnosticResult("CCW0203", severity).WithSpan(Path + file, 4, 5, 4, 33),
    };

    // ZiplLdl's CCW0208 (QEMU's BIOS cannot boot it), which the configurations here leave a warning.
    private static DiagnosticResult QemuAt(string file) =>
        new DiagnosticResult("CCW0208", DiagnosticSeverity.Warning).WithSpan(Path + file, 3, 5, 3, 36);

    [Fact]
    public async Task CcwSection_RaisesToError()
    {
        await new CcwAnalyzerTest<CcwFileAnalyzer>()
            .WithCcw("boot.ccw", SampleChainTests.ZiplLdl)
            .WithConfig(".editorconfig", "root = true\n[*.ccw]\ndotnet_diagnostic.CCW0203.severity = error\n")
            .Expect(ZiplLdlAt("boot.ccw", DiagnosticSeverity.Error))
            .Expect(QemuAt("boot.ccw"))
            .RunAsync();
    }

    [Fact]
    public async Task LaterSectionForAFolder_TurnsItOffThere()
    {
        await new CcwAnalyzerTest<CcwFileAnalyzer>()
            .WithCcw("boot.ccw", SampleChainTests.ZiplLdl)
            .WithCcw("quiet/boot.ccw", SampleChainTests.ZiplLdl)
            .WithConfig(".editorconfig", "root = true\n[*.ccw]\ndotnet_diagnostic.CCW0203.severity = error\n[quiet/*.ccw]\ndotnet_diagnostic.CCW0203.severity = none\n")
            .Expect(ZiplLdlAt("boot.ccw", DiagnosticSeverity.Error))
            .Expect(QemuAt("boot.ccw"), QemuAt("quiet/boot.ccw"))
            .RunAsync();
    }

    [Fact]
    public async Task FolderEditorConfig_OverridesTheParentFolder()
    {
        await new CcwAnalyzerTest<CcwFileAnalyzer>()
            .WithCcw("boot.ccw", SampleChainTests.ZiplLdl)
            .WithCcw("info/boot.ccw", SampleChainTests.ZiplLdl)
            .WithConfig(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CCW0203.severity = error\n")
            .WithConfig("info/.editorconfig", "[*.ccw]\ndotnet_diagnostic.CCW0203.severity = suggestion\n")
            .Expect(ZiplLdlAt("boot.ccw", DiagnosticSeverity.Error))
            .Expect(ZiplLdlAt("info/boot.ccw", DiagnosticSeverity.Info))
            .Expect(QemuAt("boot.ccw"), QemuAt("info/boot.ccw"))
            .RunAsync();
    }

    [Fact]
    public async Task CSharpSection_DoesNotApplyToCcwFiles()
    {
        await new CcwAnalyzerTest<CcwFileAnalyzer>()
            .WithCcw("boot.ccw", SampleChainTests.ZiplLdl)
            .WithConfig(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.CCW0203.severity = none\n")
            .Expect(ZiplLdlAt("boot.ccw", DiagnosticSeverity.Warning))
            .Expect(QemuAt("boot.ccw"))
            .RunAsync();
    }
}
