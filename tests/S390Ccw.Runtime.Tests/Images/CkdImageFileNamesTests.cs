using S390Ccw.Runtime.Images;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

public sealed class CkdImageFileNamesTests
{
    [Theory]
    // s390.md §8.2 and what dasdinit 3.13 wrote for `dasdinit big.dsk 3390-3`: big_1.dsk, big_2.dsk.
    [InlineData("/d/big.dsk", 2, "/d/big_1.dsk|/d/big_2.dsk")]
    [InlineData("/d/vol", 3, "/d/vol_1|/d/vol_2|/d/vol_3")]
    [InlineData("/d/sys_1.cckd", 2, "/d/sys_1.cckd|/d/sys_2.cckd")]
    [InlineData("/d.x/a.b.c", 2, "/d.x/a_1.b.c|/d.x/a_2.b.c")]
    [InlineData("/d/one.dsk", 1, "/d/one.dsk")]
    public void ForCreate_NamesFilesLikeDasdinit(string path, int count, string expected)
    {
        Assert.Equal(expected, string.Join("|", CkdImageFileNames.ForCreate(path, count)));
    }

    [Theory]
    [InlineData(2, '2')]
    [InlineData(9, '9')]
    [InlineData(10, 'A')]
    [InlineData(27, 'R')]
    public void SuffixCharacter_RunsThroughDigitsThenLetters(int fileNumber, char expected)
    {
        Assert.Equal(expected, CkdImageFileNames.SuffixCharacter(fileNumber));
    }

    [Fact]
    public void ForOpen_ReplacesTheCharacterBeforeTheFirstDot()
    {
        Assert.Equal("/d/big_3.dsk", CkdImageFileNames.ForOpen("/d/big_1.dsk", 3));
        Assert.Equal("/d/volB", CkdImageFileNames.ForOpen("/d/volA", 11));
    }
}
