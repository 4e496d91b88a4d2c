using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace S390Ccw.Analyzers.Tests.Verifiers;

/// <summary>
/// Roslyn's code fix test for our code fixes: the markup source, the fixed source, and by default the same
/// result from Fix All in the document, the project and the solution (the library's FixAll checks).
/// </summary>
internal sealed class CcwCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CcwCodeFixTest(string source, string fixedSource)
    {
        ReferenceAssemblies = TestReferences.Net10;
        TestState.AdditionalReferences.Add(TestReferences.Runtime);
        TestState.AdditionalReferences.Add(TestReferences.Language);
        TestCode = source;
        FixedCode = fixedSource;
    }
}
