using S390Ccw.Language.Editing;
using Xunit;

namespace S390Ccw.Language.Tests.Editing;

/// <summary>The grammar, asked what it expects after a line's prefix (completion's source of keywords).</summary>
public sealed class ParserExpectationTests
{
    [Theory]
    [InlineData("program p ", "format0 format1", false, false)]
    [InlineData("program p format0 ", "at", false, false)]
    [InlineData("    READ ", "next cyl", false, false)]
    [InlineData("    READ cyl0 ", "trk", false, false)]
    [InlineData("    READ cyl0 trk0 rec1 ", "->", false, false)]
    [InlineData("    record 0 0 1 ", "key data", false, false)]
    [InlineData("    standard ", "track0", false, false)]
    [InlineData("    arg ", "seek search define_extent locate_record", false, false)]
    [InlineData("    TIC back, ", "len", true, false)]
    [InlineData("here: data ", "", false, true)]
    public void After_NamesWhatTheGrammarAccepts(string prefix, string keywords, bool flags, bool values)
    {
        var expected = ParserExpectation.After(prefix);
        Assert.NotNull(expected);
        Assert.Equal(keywords, string.Join(" ", expected!.Keywords));
        Assert.Equal(flags, expected.Flags);
        Assert.Equal(values, expected.Values);
    }

    [Theory]
    [InlineData("    NOP 0, len 1")]
    [InlineData("")]
    [InlineData("    FROB ")]
    public void CompleteOrBrokenEarlier_HasNoExpectation(string prefix) =>
        Assert.Null(ParserExpectation.After(prefix));
}
