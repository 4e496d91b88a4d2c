using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Differential;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace S390Ccw.Hercules.Tests.Differential;

/// <summary>
/// The random differential campaign (issue 10): seeded random IPL volumes (<see cref="RandomIplImage"/>),
/// each IPLed by Hercules and by our hardware-mode sequencer from the same image file, compared CCW by CCW,
/// by outcome and by the storage the chain loaded. Divergences are grouped by cause with one example each.
/// The suite runs a short fixed-seed form; CCW_DIFF_SEED and CCW_DIFF_COUNT set the first seed and the
/// number of volumes (scripts/differential.sh runs the long form), CCW_DIFF_REPORT a file for the report.
/// </summary>
public sealed class RandomDifferentialTests
{
    private readonly ITestOutputHelper _output;

    public RandomDifferentialTests(ITestOutputHelper output) => _output = output;

    [HerculesFact]
    public void RandomVolumes_IplAsInHercules()
    {
        int seed0 = Setting("CCW_DIFF_SEED", 20_261_201);
        int count = Setting("CCW_DIFF_COUNT", 12);
        var causes = new SortedDictionary<string, (int Count, int Seed, string Detail)>(StringComparer.Ordinal);
        int same = 0, documented = 0;
        for (int i = 0; i < count; i++)
        {
            int seed = seed0 + i;
            string? cause = Compare(seed, out string detail);
            if (cause is null)
            {
                same++;
                continue;
            }
            causes[cause] = causes.TryGetValue(cause, out var c) ? (c.Count + 1, c.Seed, c.Detail) : (1, seed, detail);
            if (cause.StartsWith(Documented, StringComparison.Ordinal)) documented++;
        }
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"seeds {seed0}..{seed0 + count - 1}: {count} volumes, {same} IPL as in Hercules, {documented} differ only by a documented Hercules quirk, {count - same - documented} differ");
        foreach (var (cause, (n, seed, detail)) in causes)
            report.AppendLine(CultureInfo.InvariantCulture, $"  {n,5}  {cause}  (e.g. seed {seed})").AppendLine(Indent(detail));
        _output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("CCW_DIFF_REPORT") is { Length: > 0 } path) File.AppendAllText(path, report.ToString());
        Assert.True(causes.Keys.All(c => c.StartsWith(Documented, StringComparison.Ordinal)), report.ToString());
    }

    /// <summary>Null when the volume IPLs as in Hercules, else the divergence's cause and its details.</summary>
    internal static string? Compare(int seed, out string detail)
    {
        var (heads, ranges) = RandomIplImage.Generate(seed);
        using var directory = new TestDirectory();
        string image = directory.File("volume.3390");
        File.WriteAllBytes(image, CkdTestVolume.Build(heads));
        var run = DifferentialRun.FromImage(image, ranges);
        detail = "";
        var divergence = CcwTraceComparer.FirstDivergence(run.Hercules.Steps, run.OurSteps);
        if (divergence is not null)
        {
            detail = $"{divergence}\nHercules:\n{string.Join("\n", run.Hercules.Steps)}\nours:\n{string.Join("\n", run.OurSteps)}";
            var step = divergence.Expected ?? divergence.Actual!;
            if (Quirks.Explain(run.Hercules.Steps, divergence) is { } quirk) return Documented + quirk;
            return $"trace: {divergence.Field} at command {step.Ccw[0]:X2}";
        }
        try
        {
            run.AssertSameOutcome();
        }
        catch (XunitException e)
        {
            detail = e.Message;
            return "outcome: " + (run.Hercules.IplFailure?.Kind.ToString() ?? "PSW") + " vs " + run.Ours.Failure;
        }
        try
        {
            run.AssertSameStorage();
        }
        catch (XunitException e)
        {
            detail = e.Message;
            return "storage";
        }
        return null;
    }

    /// <summary>The prefix of a cause that docs/fidelity.md lists as a Hercules quirk this emulator does not copy.</summary>
    internal const string Documented = "documented: ";

    private static string Indent(string text) =>
        string.Join("\n", text.Split('\n').Take(40).Select(line => "         " + line));

    private static int Setting(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;
}
