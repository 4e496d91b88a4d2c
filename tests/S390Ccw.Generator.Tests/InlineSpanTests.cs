using System.Threading.Tasks;
using S390Ccw.Generator.Tests.Verifiers;
using Xunit;

namespace S390Ccw.Generator.Tests;

/// <summary>
/// A diagnostic inside an inline program's string is placed on its exact characters, in every form of
/// string literal (LiteralContent): escapes, verbatim, raw, on the string's first line or a later one.
/// </summary>
public sealed class InlineSpanTests
{
    private static Task Run(string literal) => new CcwGeneratorTest().WithCSharp(
        "using S390Ccw;\nusing S390Ccw.Runtime.Programs;\n\npublic static partial class Loader\n{\n    [ChannelProgram(" + literal + ")]\n    public static partial ChannelProgram Load();\n}\n").RunAsync();

    [Fact]
    public Task RegularString_FirstLine() => Run("\"{|CCW0003:FOO|} 1\"");

    [Fact]
    public Task RegularStringWithEscapes_AfterTheEscapes() => Run("\"NOP 0, len 1\\n\\tREAD_DATA 0x100, {|CCW0001:bogus|}, len 4\"");

    [Fact]
    public Task UnicodeEscapeInTheSpan_CoversTheEscape() => Run("\"NOP 0, len 1\\nTIC {|CCW0100:n\\u006fwhere|}\"");

    [Fact]
    public Task VerbatimString_SecondLine() => Run("@\"NOP 0, len 1\n    TIC {|CCW0100:nowhere|}\"");

    [Fact]
    public Task VerbatimStringWithDoubledQuotes_AfterThem() => Run("@\"NOP 0, len 1 ; \"\"quoted\"\"\n{|CCW0003:FOO|} 1\"");

    [Fact]
    public Task SingleLineRawString() => Run("\"\"\"{|CCW0003:FOO|} 1\"\"\"");

    [Fact]
    public Task MultiLineRawString_FirstAndIndentedLines() => Run("\"\"\"\n        {|CCW0003:FOO|} 1\n        NOP 0, len 1\n        TIC {|CCW0100:nowhere|}\n        \"\"\"");
}
