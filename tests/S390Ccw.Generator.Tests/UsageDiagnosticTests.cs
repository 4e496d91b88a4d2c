using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using S390Ccw.Generator.Tests.Verifiers;
using Xunit;

namespace S390Ccw.Generator.Tests;

/// <summary>
/// [ChannelProgram] used wrongly (CCW1001-CCW1005) and two .ccw files that generate one class (CCW1006): each
/// case gives exactly one CCW diagnostic at its span, and the generated code adds no compiler error
/// (the test compares every diagnostic of the compilation).
/// </summary>
public sealed class UsageDiagnosticTests
{
    private static string Loader(string members, string type = "public static partial class Loader") => $$"""
        using S390Ccw;
        using S390Ccw.Runtime.Programs;

        namespace Demo;

        {{type}}
        {
            {{members}}
        }
        """;

    private static Task Run(string csharp, params DiagnosticResult[] extra) =>
        new CcwGeneratorTest().WithCSharp(csharp).Expect(extra).RunAsync();

    [Fact]
    public Task NotStatic_Ccw1001AndAThrowingBody() =>
        Run(Loader("""[ChannelProgram("NOP 0, len 1")] public partial ChannelProgram {|CCW1001:Load|}();""", "public partial class Loader"));

    [Fact]
    public Task NotPartial_Ccw1001AndNoGeneratedPart() =>
        Run(Loader("""[ChannelProgram("NOP 0, len 1")] public static ChannelProgram {|CCW1001:Load|}() => null!;"""));

    [Fact]
    public Task WrongReturnType_Ccw1002AtTheReturnType() =>
        Run(Loader("""[ChannelProgram("NOP 0, len 1")] public static partial {|CCW1002:int|} Load();"""));

    [Fact]
    public Task Parameters_Ccw1003AtTheParameterList() =>
        Run(Loader("""[ChannelProgram("NOP 0, len 1")] public static partial ChannelProgram Load{|CCW1003:(int unit, ref long count)|};"""));

    [Fact]
    public Task GenericMethod_Ccw1003AtTheTypeParameters() =>
        Run(Loader("""[ChannelProgram("NOP 0, len 1")] public static partial ChannelProgram Load{|CCW1003:<T, U>|}() where T : class?, System.IDisposable, new() where U : unmanaged;"""));

    [Fact]
    public Task TypeNotPartial_Ccw1004AtTheMethod() =>
        // No generated part can be added to a type that is not partial, so the compiler's own two errors on the
        // declaration stay (the declaration itself is invalid C#); the generator adds none.
        Run(Loader("""[ChannelProgram("NOP 0, len 1")] public static partial ChannelProgram {|CCW1004:Load|}();""", "public static class Loader"),
            DiagnosticResult.CompilerError("CS0751").WithSpan(CcwGeneratorTest.Folder + "Code0.cs", 8, 75, 8, 79),
            DiagnosticResult.CompilerError("CS8795").WithSpan(CcwGeneratorTest.Folder + "Code0.cs", 8, 75, 8, 79).WithArguments("Demo.Loader.Load()"));

    [Fact]
    public Task UnalignedOrigin_Ccw1005AtTheArgument() =>
        Run(Loader("""[ChannelProgram("NOP 0, len 1", {|CCW1005:Origin = 0x1004|})] public static partial ChannelProgram Load();"""));

    [Fact]
    public Task Format2_Ccw1005AtTheArgument() =>
        Run(Loader("""[ChannelProgram("NOP 0, len 1", {|CCW1005:Format = (S390Ccw.Language.Encoding.CcwFormat)2|})] public static partial ChannelProgram Load();"""));

    [Fact]
    public Task TypoInTheString_OnlyTheLanguageDiagnostic() =>
        Run(Loader("""[ChannelProgram("{|CCW0003:FOO|} 1")] public static partial ChannelProgram Load();"""));

    [Fact]
    public Task TwoFilesOneClass_Ccw1006OnTheSecondWithBothPaths()
    {
        var test = new CcwGeneratorTest()
            .WithCcw("my-boot.ccw", "program p format0 at 0x1000\n    NOP 0, len 1\n")
            .WithCcw("sub/my_boot.ccw", "{|#0:|}program q format0 at 0x1000\n    NOP 0, len 1\n")
            .Expect(new DiagnosticResult("CCW1006", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("'/src/proj/my-boot.ccw' and '/src/proj/sub/my_boot.ccw' both generate class 'Sample.MyBoot'; rename one of them or give one another CcwNamespace"));
        test.TestState.Sources.Add((CcwGeneratorTest.Folder + "Empty.cs", "namespace Sample;\ninternal static class Empty { }\n"));
        return test.RunAsync();
    }
}
