using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using S390Ccw.Generator.Tests.Infrastructure;
using Xunit;

namespace S390Ccw.Generator.Tests;

/// <summary>README.md stays true: its "library in ten lines" compiles against the real assemblies and runs.</summary>
/// <remarks>It changes the current directory and Console.Out, which are process-wide, so it runs alone.</remarks>
[Collection(nameof(ProcessWideState))]
public class ReadmeTests
{
    [Fact]
    public void LibraryInTenLines_CompilesAndBootsTheTourVolume()
    {
        string readme = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), "README.md"));
        string tour = Block(readme, "ccw", "program ipl1");
        string library = Block(readme, "csharp", "CcwAssembler.Assemble");
        string code = $$"""
            using System;
            using System.IO;
            using S390Ccw.Language;
            using S390Ccw.Runtime.Images;
            using S390Ccw.Runtime.Ipl;
            using S390Ccw.Runtime.Programs;
            using S390Ccw.Runtime.Tracing;
            public static class Readme
            {
                public static void Run()
                {
            {{library}}
                }
            }
            """;
        var assembly = CompiledAssembly.Load(GeneratorHarness.Compilation(code));
        string folder = Directory.CreateTempSubdirectory("ccw-readme-").FullName;
        string previous = Environment.CurrentDirectory;
        var output = new StringWriter();
        var console = Console.Out;
        try
        {
            Environment.CurrentDirectory = folder;
            File.WriteAllText("hello.ccw", tour);
            Console.SetOut(output);
            assembly.GetType("Readme")!.GetMethod("Run")!.Invoke(null, null);
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = previous;
            Directory.Delete(folder, recursive: true);
        }

        string text = output.ToString();
        Assert.Contains("HHCCP048I 0120:CCW=02000000 60000018", text);
        Assert.Contains("PSW=000A0000 0000BEEF", text);
        Assert.Contains("QemuBios: PSW=000A0000 8000BEEF; same loaded storage as Hardware; the PSW is Hardware's with the BA bit", text);
    }

    /// <summary>The first fenced block of a language that contains a marker.</summary>
    private static string Block(string markdown, string language, string marker)
    {
        foreach (Match m in Regex.Matches(markdown, "```" + language + "\\n(.*?)```", RegexOptions.Singleline))
        {
            if (m.Groups[1].Value.Contains(marker, StringComparison.Ordinal)) return m.Groups[1].Value;
        }
        throw new Xunit.Sdk.XunitException($"README.md has no ```{language} block with '{marker}'");
    }
}

/// <summary>Tests that change process-wide state (current directory, Console.Out) and must not run beside others.</summary>
[CollectionDefinition(nameof(ProcessWideState), DisableParallelization = true)]
public sealed class ProcessWideState
{
}
