using System.Linq;
using S390Ccw.Language.Diagnostics;
using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>Helpers shared by the language tests.</summary>
internal static class Asm
{
    /// <summary>Assembles and asserts that no error was reported (warnings allowed).</summary>
    public static AssemblyResult Ok(string text)
    {
        var result = CcwAssembler.Assemble(text);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
        return result;
    }

    public static byte[] Bytes(string text) => Ok(text).Programs.Single().Bytes;

    public static byte[] Hex(string hex)
    {
        hex = hex.Replace(" ", string.Empty).Replace("_", string.Empty);
        return System.Convert.FromHexString(hex);
    }

    /// <summary>The single diagnostic with this ID, asserting there is exactly one.</summary>
    public static CcwDiagnostic Single(string text, string id)
    {
        var result = CcwAssembler.Assemble(text);
        var matches = result.Diagnostics.Where(d => d.Id == id).ToArray();
        Assert.True(matches.Length == 1, $"expected one {id}, got:\n" + string.Join("\n", result.Diagnostics));
        return matches[0];
    }

    public static void AssertSpan(CcwDiagnostic diagnostic, int line, int column, int length)
    {
        Assert.True(
            diagnostic.Span.Line == line && diagnostic.Span.Column == column && diagnostic.Span.Length == length,
            $"expected ({line},{column}) length {length}, got {diagnostic.Span} length {diagnostic.Span.Length}: {diagnostic}");
        Assert.Equal(diagnostic.Span.Line, diagnostic.Span.EndLine);
        Assert.Equal(diagnostic.Span.Column + length, diagnostic.Span.EndColumn);
    }
}
