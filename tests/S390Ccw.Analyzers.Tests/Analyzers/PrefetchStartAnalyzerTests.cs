using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using S390Ccw.Analyzers.Tests.Infrastructure;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>CCW2001/CCW2002: a program the generator marked [PrefetchHazard] started where it will be prefetched.</summary>
public sealed class PrefetchStartAnalyzerTests
{
    /// <summary>Program classes shaped as the generator writes them (CcwGenerator.Emit), one hazardous, one not.</summary>
    private const string Programs = """
        using S390Ccw.Runtime.Channel;
        using S390Ccw.Runtime.Programs;
        using S390Ccw.Runtime.Storage;

        [PrefetchHazard("READ_DATA at 0x00001018 overwrites the CCW at 0x0000E000", SafeWithBiosSplit = true)]
        public static class Stage1
        {
            public const bool HasPrefetchHazard = true;
            public static readonly ChannelProgram Program = null!;
        }

        public static class Clean
        {
            public const bool HasPrefetchHazard = false;
            public static readonly ChannelProgram Program = null!;
        }

        public static partial class Inline
        {
            [PrefetchHazard("inline reason")]
            public static partial ChannelProgram Load();
            public static partial ChannelProgram Load() => null!;
        }

        """;

    private static async Task<(string Source, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics)> Run(string body, params (string, string)[] configs)
    {
        string source = Programs + "public static class Use\n{\n    public static void Run(GuestStorage storage, ChannelSubsystem cs)\n    {\n" + body + "\n    }\n}\n";
        return (source, await AnalyzerHarness.Analyze(AnalyzerHarness.Project(source, configs: configs), new PrefetchStartAnalyzer()));
    }

    private static TextSpan SpanOf(string source, string text) => new(source.IndexOf(text, System.StringComparison.Ordinal), text.Length);

    [Fact]
    public async Task StartWithPrefetchTrue_IsCcw2001AtTheCall()
    {
        const string call = "Stage1.Program.Start(cs, 0x0120, prefetch: true)";
        var (source, diagnostics) = await Run("        " + call + ";");
        var d = Assert.Single(diagnostics);
        Assert.Equal("CCW2001", d.Id);
        Assert.Equal(SpanOf(source, call), d.Location.SourceSpan);
        Assert.Equal("'Stage1.Program' is started with prefetch (ORB P), but its chain runs CCWs it has overwritten, so a prefetching channel runs stale ones: READ_DATA at 0x00001018 overwrites the CCW at 0x0000E000", d.GetMessage());
        Assert.Equal("docs/diagnostics.md#ccw2001", d.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task CreateOrbWithPrefetchAndInlineMethod_AreCcw2001()
    {
        const string orb = "Stage1.Program.CreateOrb(prefetch: true)";
        const string inline = "Inline.Load().Start(cs, 0x0120, true)";
        var (source, diagnostics) = await Run($"        _ = {orb};\n        {inline};");
        Assert.Equal(new[] { SpanOf(source, orb), SpanOf(source, inline) }, diagnostics.Select(d => d.Location.SourceSpan));
        Assert.All(diagnostics, d => Assert.Equal("CCW2001", d.Id));
    }

    [Fact]
    public async Task StartOnVfioChannelCreatedInTheMethod_IsCcw2002()
    {
        const string call = "program.Start(vfio, 0x0120)";
        var (source, diagnostics) = await Run(
            "        var vfio = new ChannelSubsystem(storage, new ChannelOptions { Prefetch = PrefetchMode.VfioCcw });\n" +
            "        var program = Stage1.Program;\n        " + call + ";");
        var d = Assert.Single(diagnostics);
        Assert.Equal("CCW2002", d.Id);
        Assert.Equal(SpanOf(source, call), d.Location.SourceSpan);
        Assert.StartsWith("'program' is started on 'vfio', created with PrefetchMode.VfioCcw", d.GetMessage());
    }

    [Fact]
    public async Task SafeStarts_AreNotReported()
    {
        // Without prefetch on a lazy channel, a parameter channel (unknown here), or a program without hazard.
        var (_, diagnostics) = await Run(
            "        var lazy = new ChannelSubsystem(storage, new ChannelOptions { Prefetch = PrefetchMode.Lazy });\n" +
            "        Stage1.Program.Start(lazy, 0x0120);\n" +
            "        Stage1.Program.Start(cs, 0x0120, prefetch: false);\n" +
            "        Clean.Program.Start(cs, 0x0120, prefetch: true);\n" +
            "        var vfio = new ChannelSubsystem(storage, new ChannelOptions { Prefetch = PrefetchMode.VfioCcw });\n" +
            "        Clean.Program.Start(vfio, 0x0120);");
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public async Task EditorConfig_SetsTheSeverity(string configured, DiagnosticSeverity expected)
    {
        var (_, diagnostics) = await Run("        Stage1.Program.Start(cs, 0x0120, prefetch: true);",
            (".editorconfig", $"root = true\n[*.cs]\ndotnet_diagnostic.CCW2001.severity = {configured}\n"));
        Assert.Equal(expected, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task EditorConfigNone_SilencesIt()
    {
        var (_, diagnostics) = await Run("        Stage1.Program.Start(cs, 0x0120, prefetch: true);",
            (".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.CCW2001.severity = none\n"));
        Assert.Empty(diagnostics);
    }
}
