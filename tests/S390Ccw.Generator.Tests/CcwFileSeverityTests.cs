using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using S390Ccw.Generator.Tests.Verifiers;
using Xunit;

namespace S390Ccw.Generator.Tests;

/// <summary>
/// The generator's own diagnostics in .ccw files (CCW00xx, CCW01xx, CCW0200/0201, CCW1006) take their
/// severity from .editorconfig sections for the file, as the package's targets pass them (CcwFileSeverities).
/// </summary>
public sealed class CcwFileSeverityTests
{
    private const string Program = "program p format0 at 0\n    NOP 0, CC, CC, len 1\n    NOP\n";

    private static CcwGeneratorTest Test(string config)
    {
        var test = new CcwGeneratorTest()
            .WithCSharp("namespace Sample;\ninternal static class Uses { }\n")
            .WithCcw("boot.ccw", Program)
            .WithCcw("quiet/boot2.ccw", Program);
        test.TestState.AnalyzerConfigFiles.Add((CcwGeneratorTest.Folder + ".editorconfig", config));
        test.TestState.AdditionalFiles.Add((CcwGeneratorTest.Folder + ".editorconfig", config));
        return test;
    }

    [Fact]
    public Task Section_RaisesAWarningToErrorAndALaterSectionTurnsItOff() =>
        // CCW0119 (flag repeated, a warning) at the second CC of line 2, columns 16-17.
        Test("root = true\n[*.ccw]\ndotnet_diagnostic.CCW0119.severity = error\n[quiet/*.ccw]\ndotnet_diagnostic.CCW0119.severity = none\n")
            .Expect(new DiagnosticResult("CCW0119", DiagnosticSeverity.Error).WithSpan(CcwGeneratorTest.Folder + "boot.ccw", 2, 16, 2, 18))
            .RunAsync();

    [Fact]
    public Task NoConfiguration_KeepsTheCatalogueSeverity() =>
        Test("root = true\n")
            .Expect(
                new DiagnosticResult("CCW0119", DiagnosticSeverity.Warning).WithSpan(CcwGeneratorTest.Folder + "boot.ccw", 2, 16, 2, 18),
                new DiagnosticResult("CCW0119", DiagnosticSeverity.Warning).WithSpan(CcwGeneratorTest.Folder + "quiet/boot2.ccw", 2, 16, 2, 18))
            .RunAsync();
}
