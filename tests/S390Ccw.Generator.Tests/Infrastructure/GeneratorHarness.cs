using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace S390Ccw.Generator.Tests.Infrastructure;

/// <summary>
/// The one small helper that hosts the generator in tests (the Microsoft *.Testing packages are not
/// served here): a compilation against the running framework and the runtime, a driver with step
/// tracking, and fake additional files and options (Roslyn docs/features/incremental-generators.cookbook.md, "Unit testing of generators").
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorTestAssembly",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(SourceText.From(s, System.Text.Encoding.UTF8), ParseOptions, $"/src/proj/Code{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string rootNamespace = "Sample") =>
        CSharpGeneratorDriver.Create(
            new[] { new CcwGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new DictionaryOptionsProvider(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = rootNamespace,
                ["build_property.ProjectDir"] = "/src/proj/",
            }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns the output compilation and the generator's result.</summary>
    public static (Compilation Output, GeneratorRunResult Result, ImmutableArray<Diagnostic> Diagnostics) Run(
        CSharpCompilation compilation, params AdditionalText[] files)
    {
        var driver = Driver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, driver.GetRunResult().Results.Single(), diagnostics);
    }

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var framework = tpa.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll");
        var ours = new[] { typeof(Runtime.Programs.ChannelProgram).Assembly.Location, typeof(Language.Encoding.Ccw).Assembly.Location };
        return framework.Concat(ours).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    });
}
