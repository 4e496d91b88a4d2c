using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace S390Ccw.Analyzers.Tests.Verifiers;

/// <summary>
/// Roslyn's analyzer test for our analyzers: C# sources and .ccw additional files with markup spans
/// (<c>{|CCW0202:…|}</c>), against the runtime and the language core. Configuration files are given
/// the way the package's targets give them to the compiler: as analyzer config and as additional file.
/// </summary>
internal sealed class CcwAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public const string Folder = "/src/proj/";

    public CcwAnalyzerTest()
    {
        ReferenceAssemblies = TestReferences.Net10;
        TestState.AdditionalReferences.Add(TestReferences.Runtime);
        TestState.AdditionalReferences.Add(TestReferences.Language);
        // The library wants at least one C# document; a .ccw-only test gets this one.
        TestState.Sources.Add((Folder + "Project.cs", "internal static class Project { }"));
    }

    public CcwAnalyzerTest<TAnalyzer> WithCcw(string name, string markup)
    {
        TestState.AdditionalFiles.Add((Folder + name, markup));
        return this;
    }

    public CcwAnalyzerTest<TAnalyzer> WithCSharp(string markup)
    {
        TestState.Sources.Add((Folder + "Program.cs", markup));
        return this;
    }

    public CcwAnalyzerTest<TAnalyzer> WithConfig(string name, string text)
    {
        TestState.AnalyzerConfigFiles.Add((Folder + name, text));
        TestState.AdditionalFiles.Add((Folder + name, text));
        return this;
    }

    public CcwAnalyzerTest<TAnalyzer> Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }
}
