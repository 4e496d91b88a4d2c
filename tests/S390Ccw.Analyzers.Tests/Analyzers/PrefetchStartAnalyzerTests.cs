using System.Threading.Tasks;
using S390Ccw.Analyzers.Tests.Verifiers;
using Xunit;

namespace S390Ccw.Analyzers.Tests.Analyzers;

/// <summary>CCW2001/CCW2002: a program the generator marked [PrefetchHazard] started where it will be prefetched.</summary>
public sealed class PrefetchStartAnalyzerTests
{
    /// <summary>Program classes shaped as the generator writes them (CcwGenerator.Emit), one hazardous, one not.</summary>
    internal const string Programs = """
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

    internal static string Use(string body) =>
        Programs + "public static class Use\n{\n    public static void Run(GuestStorage storage, ChannelSubsystem cs)\n    {\n" + body + "\n    }\n}\n";

    private static Task Run(string body) => new CcwAnalyzerTest<PrefetchStartAnalyzer>().WithCSharp(Use(body)).RunAsync();

    [Fact]
    public Task StartWithPrefetchTrue_IsCcw2001AtTheCall() =>
        Run("        {|CCW2001:Stage1.Program.Start(cs, 0x0120, prefetch: true)|};");

    [Fact]
    public async Task Ccw2001_NamesTheProgramAndTheReason()
    {
        var test = new CcwAnalyzerTest<PrefetchStartAnalyzer>().WithCSharp(Use("        {|#0:Stage1.Program.Start(cs, 0x0120, prefetch: true)|};"));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.HazardStartedWithPrefetch).WithLocation(0)
            .WithArguments("Stage1.Program", "READ_DATA at 0x00001018 overwrites the CCW at 0x0000E000"));
        await test.RunAsync();
    }

    [Fact]
    public Task CreateOrbWithPrefetchAndInlineMethod_AreCcw2001() =>
        Run("        _ = {|CCW2001:Stage1.Program.CreateOrb(prefetch: true)|};\n        {|CCW2001:Inline.Load().Start(cs, 0x0120, true)|};");

    [Fact]
    public Task StartOnVfioChannelCreatedInTheMethod_IsCcw2002() =>
        Run("        var vfio = new ChannelSubsystem(storage, new ChannelOptions { Prefetch = PrefetchMode.VfioCcw });\n" +
            "        var program = Stage1.Program;\n        {|CCW2002:program.Start(vfio, 0x0120)|};");

    [Fact]
    public Task SafeStarts_AreNotReported() =>
        // Without prefetch on a lazy channel, a parameter channel (unknown here), or a program without hazard.
        Run("        var lazy = new ChannelSubsystem(storage, new ChannelOptions { Prefetch = PrefetchMode.Lazy });\n" +
            "        Stage1.Program.Start(lazy, 0x0120);\n" +
            "        Stage1.Program.Start(cs, 0x0120, prefetch: false);\n" +
            "        Clean.Program.Start(cs, 0x0120, prefetch: true);\n" +
            "        var vfio = new ChannelSubsystem(storage, new ChannelOptions { Prefetch = PrefetchMode.VfioCcw });\n" +
            "        Clean.Program.Start(vfio, 0x0120);");
}
