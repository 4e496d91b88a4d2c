using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using S390Ccw.Fuzz;
using Xunit;

namespace S390Ccw.Fuzz.Tests;

/// <summary>
/// Every checked-in fuzz input, the seed corpus and each crash a campaign found (tests/S390Ccw.Fuzz/Corpus
/// and Crashes, by target), runs through its harness in-process: a crash that comes back fails here.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static IEnumerable<object[]> Inputs() =>
        from kind in new[] { "Corpus", "Crashes" }
        from target in new[] { "language", "image", "channel" }
        let folder = Path.Combine(FuzzFolder(), kind, target)
        where Directory.Exists(folder)
        from file in Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal)
        where !Path.GetFileName(file).StartsWith(".", StringComparison.Ordinal) && Path.GetFileName(file) != "README.md"
        select new object[] { target, Path.GetRelativePath(FuzzFolder(), file) };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void CheckedInInput_HoldsTheTargetsProperty(string target, string input)
    {
        var run = Program.Target(target)!;
        run(File.ReadAllBytes(Path.Combine(FuzzFolder(), input)));
    }

    [Fact]
    public void EveryTarget_HasASeedCorpus()
    {
        foreach (string target in new[] { "language", "image", "channel" })
        {
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(FuzzFolder(), "Corpus", target)));
        }
    }

    /// <summary>tests/S390Ccw.Fuzz, found from the repository root (the folder with S390Ccw.sln) above the test binaries.</summary>
    private static string FuzzFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "S390Ccw.sln"))) return Path.Combine(dir.FullName, "tests", "S390Ccw.Fuzz");
        }
        throw new InvalidOperationException("the repository root (S390Ccw.sln) is not above " + AppContext.BaseDirectory);
    }
}
