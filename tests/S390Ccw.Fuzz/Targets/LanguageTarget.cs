using System;
using System.Text;
using S390Ccw.Language;

namespace S390Ccw.Fuzz.Targets;

/// <summary>
/// Source text → assemble (parse, bind, encode, the channel-program analysis) → disassemble every
/// program. Property: nothing throws, and no input makes the assembler report an internal error
/// (CCW0099, what it reports when its own code throws).
/// </summary>
public static class LanguageTarget
{
    /// <summary>Includes are refused here: the target is the language, not the file system.</summary>
    private sealed class NoIncludes : IIncludeResolver
    {
        public bool TryRead(string? includingFilePath, string relativePath, out byte[] contents, out string error)
        {
            contents = Array.Empty<byte>();
            error = "includes are not read while fuzzing";
            return false;
        }
    }

    private static readonly NoIncludes Includes = new();

    public static void Run(byte[] input)
    {
        string text = Encoding.UTF8.GetString(input);
        var result = CcwAssembler.Assemble(text, "/fuzz/input.ccw", Includes);
        foreach (var d in result.Diagnostics)
        {
            if (d.Id == "CCW0099") throw new FuzzPropertyException("internal assembler error: " + d.Message);
            if (d.Span.Position < 0 || d.Span.End > text.Length) throw new FuzzPropertyException($"{d.Id} at {d.Span}, outside the {text.Length}-character source");
        }
        foreach (var program in result.Programs)
        {
            Disassembler.Disassemble(program.Bytes, program.Format, program.Origin);
        }
    }
}
