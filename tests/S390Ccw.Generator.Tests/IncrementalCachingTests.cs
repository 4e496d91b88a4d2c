using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using S390Ccw.Generator.Tests.Infrastructure;
using Xunit;

namespace S390Ccw.Generator.Tests;

public class IncrementalCachingTests
{
    private static InMemoryAdditionalText File(int i, string extra = "") => new(
        $"/src/proj/programs/p{i:D3}.ccw",
        $"program p{i} format1 at 0x{0x1000 + (i * 0x100):X}\n    NOP len 1, CC\n    NOP len 1{extra}\n");

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void UnrelatedCSharpEdit_RegeneratesNothing()
    {
        var files = Enumerable.Range(0, 200).Select(i => File(i)).ToArray();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions)));

        Assert.All(Reasons(driver, CcwGenerator.StepNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void EditOfOneOf200Files_RerunsOnlyThatFilesSteps()
    {
        var files = Enumerable.Range(0, 200).Select(i => File(i)).ToArray();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(files[57], File(57, ", SLI")).RunGenerators(compilation);

        var reasons = Reasons(driver, CcwGenerator.StepNames.Parse).ToList();
        Assert.Equal(200, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(199, reasons.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void EditingOneFile_LeavesTheClassListAndTheSeveritiesAlone()
    {
        var files = Enumerable.Range(0, 20).Select(i => File(i)).ToArray();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(files[7], File(7, ", SLI")).RunGenerators(compilation);

        // The collected class names are equal again, so no other file's output runs because of them.
        Assert.All(Reasons(driver, CcwGenerator.StepNames.Classes), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(Reasons(driver, CcwGenerator.StepNames.Severities), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void EditingTheEditorConfig_ReparsesNothing()
    {
        var files = Enumerable.Range(0, 20).Select(i => File(i)).ToArray();
        var config = new InMemoryAdditionalText("/src/proj/.editorconfig", "root = true\n[*.ccw]\ndotnet_diagnostic.CCW0200.severity = error\n");
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(files.Append(config)).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(config, new InMemoryAdditionalText(config.Path, "root = true\n[*.ccw]\ndotnet_diagnostic.CCW0200.severity = none\n")).RunGenerators(compilation);

        Assert.All(Reasons(driver, CcwGenerator.StepNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, CcwGenerator.StepNames.Severities)));
    }
}
