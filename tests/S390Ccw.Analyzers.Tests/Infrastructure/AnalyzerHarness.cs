using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs analyzers by hand, only where Roslyn's testing library cannot (CompilerSeverityTests): an
/// AdhocWorkspace project with C# documents, .ccw additional documents and .editorconfig documents,
/// analysed through CompilationWithAnalyzers with the project's own options, so severities configured in
/// those files apply as in a build. A crashed analyzer (AD0001) or a C# compile error fails the test.
/// </summary>
internal static class AnalyzerHarness
{
    public const string Root = "/src/proj/";

    private static readonly ImmutableArray<MetadataReference> References = BuildReferences();

    public static Project Project(string? csharp = null, IEnumerable<(string Name, string Text)>? ccw = null, IEnumerable<(string Name, string Text)>? configs = null)
    {
        var workspace = new AdhocWorkspace();
        var id = ProjectId.CreateNewId();
        var info = ProjectInfo.Create(id, VersionStamp.Default, "Test", "Test", LanguageNames.CSharp,
            filePath: Root + "Test.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References);
        var solution = workspace.CurrentSolution.AddProject(info);
        if (csharp is not null) solution = solution.AddDocument(DocumentId.CreateNewId(id), "Program.cs", SourceText.From(csharp), filePath: Root + "Program.cs");
        foreach (var (name, text) in ccw ?? Array.Empty<(string, string)>())
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(id), name, SourceText.From(text), filePath: Root + name);
        foreach (var (name, text) in configs ?? Array.Empty<(string, string)>())
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(id), name, SourceText.From(text), filePath: Root + name);
        return solution.GetProject(id)!;
    }

    /// <summary>The analyzers' diagnostics in span order (compiler diagnostics checked, not returned).</summary>
    public static async Task<ImmutableArray<Diagnostic>> Analyze(Project project, params DiagnosticAnalyzer[] analyzers)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "test code does not compile:\n" + string.Join("\n", errors));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzers), project.AnalyzerOptions);
        var all = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var crashes = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(crashes.Count == 0, "analyzer crashed:\n" + string.Join("\n", crashes));
        return all.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> BuildReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "System.Runtime", "System.Private.CoreLib", "netstandard", "System.Collections", "System.Memory", "System.Runtime.InteropServices" };
        var refs = paths.Where(p => wanted.Contains(Path.GetFileNameWithoutExtension(p))).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(S390Ccw.Runtime.Programs.ChannelProgram).Assembly.Location));
        refs.Add(MetadataReference.CreateFromFile(typeof(S390Ccw.Language.Encoding.Ccw).Assembly.Location));
        return refs.ToImmutableArray();
    }
}
