using System.Linq;
using Microsoft.CodeAnalysis;
using S390Ccw.Generator.Tests.Infrastructure;
using Xunit;

namespace S390Ccw.Generator.Tests;

public class InlineProgramTests
{
    private const string Code = """
        using S390Ccw;
        using S390Ccw.Runtime.Programs;
        namespace Demo;
        public static partial class Loader
        {
            [ChannelProgram("SEEK 0x2100, CC, len 6\nNOP 0, len 1", Format = S390Ccw.Language.Encoding.CcwFormat.Format1, Origin = 0x2000)]
            public static partial ChannelProgram Load();
        }
        """;

    [Fact]
    public void PartialMethod_IsImplementedWithTheAssembledProgram()
    {
        var (output, result, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Compilation(Code));

        Assert.Null(result.Exception);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var assembly = CompiledAssembly.Load(output);
        var program = (Runtime.Programs.ChannelProgram)assembly.GetType("Demo.Loader")!.GetMethod("Load")!.Invoke(null, null)!;
        Assert.Equal(0x2000u, program.Origin);
        Assert.Equal(Language.Encoding.CcwFormat.Format1, program.Format);
        Assert.Equal(2, program.Ccws.Count);
        // SEEK format-1: 07 flags=CC(40) count 0006 address 00002100 (SA22-7832 ch. 15, "Channel-Command Word" formats).
        Assert.Equal(new byte[] { 0x07, 0x40, 0x00, 0x06, 0x00, 0x00, 0x21, 0x00 }, program.Bytes.Slice(0, 8).ToArray());
    }
}
