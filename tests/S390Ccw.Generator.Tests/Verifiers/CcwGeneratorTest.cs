using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace S390Ccw.Generator.Tests.Verifiers;

/// <summary>
/// Roslyn's source generator test for <see cref="CcwGenerator"/>: C# sources and .ccw additional files with
/// markup spans (<c>{|CCW1002:int|}</c>), compiled with the generated code against the net10.0 reference pack
/// and our assemblies. Every diagnostic is compared, the compiler's errors in the generated code included,
/// so a test fails on any CS error it did not expect. Generated text is checked by the snapshot tests, not here.
/// </summary>
internal sealed class CcwGeneratorTest : CSharpSourceGeneratorTest<CcwGenerator, DefaultVerifier>
{
    public const string Folder = "/src/proj/";

    private static readonly ReferenceAssemblies Net10 =
        new("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

    public CcwGeneratorTest()
    {
        ReferenceAssemblies = Net10;
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Runtime.Programs.ChannelProgram).Assembly.Location));
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Language.Encoding.Ccw).Assembly.Location));
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.RootNamespace = Sample\nbuild_property.ProjectDir = " + Folder + "\n"));
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    public CcwGeneratorTest WithCSharp(string markup)
    {
        TestState.Sources.Add((Folder + "Code" + TestState.Sources.Count + ".cs", markup));
        return this;
    }

    public CcwGeneratorTest WithCcw(string name, string markup)
    {
        TestState.AdditionalFiles.Add((Folder + name, markup));
        return this;
    }

    public CcwGeneratorTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }
}
