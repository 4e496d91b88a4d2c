using System.Linq;
using S390Ccw.Generator.Helpers;
using S390Ccw.Language;
using Xunit;

namespace S390Ccw.Generator.Tests;

/// <summary>The one text the generator and the analyzer assemble for an inline program.</summary>
public sealed class InlineProgramSourceTests
{
    [Fact]
    public void FirstValueLine_IsTheLineTheCoreReports()
    {
        // The string's first line is the C# file's line 6: the language core's spans and messages say line 6.
        var (text, offset) = InlineProgramSource.Build("Load", 0, InlineProgramSource.DefaultOrigin, "NOP 0, CC, len 1\nNOP 0, len 1", 6);
        var program = CcwAssembler.Assemble(text).Programs.Single();

        Assert.Equal(new[] { 6, 7 }, program.Ccws.Select(c => c.Span.Line));
        Assert.Equal("NOP 0, CC, len 1", text.Substring(offset, 16));
        Assert.Equal(0x1000u, program.Origin);
    }

    [Fact]
    public void StringOnTheFirstLines_HasNoPadding()
    {
        var (text, offset) = InlineProgramSource.Build("Load", 1, 0x2000, "NOP 0, len 1", 1);

        Assert.Equal("program Load format1 at 0x2000\n", text.Substring(0, offset));
    }

    [Fact]
    public void Defaults_AreTheAttributes()
    {
        // The generator cannot reference the runtime, so the attribute's defaults are spelled twice: they must agree.
        var attribute = new ChannelProgramAttribute("");

        Assert.Equal(InlineProgramSource.DefaultOrigin, attribute.Origin);
        Assert.Equal(InlineProgramSource.DefaultFormat, (int)attribute.Format);
    }
}
