using System.Linq;
using Microsoft.CodeAnalysis;
using S390Ccw.Generator.Tests.Infrastructure;
using Xunit;

namespace S390Ccw.Generator.Tests;

public class CcwFileGenerationTests
{
    internal const string HelloPath = "/src/proj/boot/hello.ccw";

    public const string Hello = S390Ccw.Tests.Shared.TestVolumes.Hello;

    [Fact]
    public void HelloVolume_GeneratesCompilingSource()
    {
        var (output, result, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Compilation("class Dummy { }"),
            new InMemoryAdditionalText(HelloPath, Hello));

        Assert.Null(result.Exception);
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var generated = Assert.Single(result.GeneratedSources);
        Assert.Equal("boot_hello.ccw.g.cs", generated.HintName);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Snapshot.Match("HelloVolume", generated.SourceText.ToString());
    }

    [Fact]
    public void GeneratedProgramBytes_EqualTheAssemblersBytes()
    {
        var (output, _, _) = GeneratorHarness.Run(GeneratorHarness.Compilation("class Dummy { }"),
            new InMemoryAdditionalText(HelloPath, Hello));
        var assembly = CompiledAssembly.Load(output);
        var program = CompiledAssembly.GetStaticField<Runtime.Programs.ChannelProgram>(assembly, "Sample.Hello+Ipl2", "Program");
        var expected = Language.CcwAssembler.Assemble(Hello, HelloPath).Programs.Single(p => p.Name == "ipl2");

        Assert.Equal(expected.Origin, program.Origin);
        Assert.Equal(expected.Bytes, program.Bytes.ToArray());
        Assert.Equal(expected.Ccws.Select(c => c.Ccw), program.Ccws.Select(c => c.Ccw));
    }

    [Fact]
    public void GeneratedCcws_CarryLineDirectivesIntoTheCcwFile()
    {
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.Compilation("class Dummy { }"),
            new InMemoryAdditionalText(HelloPath, Hello));
        var tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("boot_hello.ccw.g.cs", System.StringComparison.Ordinal));
        var ccwCreation = tree.GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ImplicitObjectCreationExpressionSyntax>()
            .First(n => n.ToString().Contains("0x02000000", System.StringComparison.Ordinal) || n.ToString().Contains("0x00002000", System.StringComparison.Ordinal));
        var mapped = ccwCreation.GetLocation().GetMappedLineSpan();

        Assert.True(mapped.HasMappedPath);
        Assert.Equal(HelloPath, mapped.Path);
    }
}
