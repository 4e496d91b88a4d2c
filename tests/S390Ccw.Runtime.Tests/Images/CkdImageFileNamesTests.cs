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

    [Fact]
    public void NameWithNothingBeforeTheDot_NeverNumbersOutsideItsFolder()
    {
        // Hercules 3.13 would replace the '/' of "sub/.3390" and continue in "sub2.3390", outside sub/.
        Assert.Equal(-1, CkdImageFileNames.SuffixIndex("/d/sub/.3390"));
        Assert.Equal("/d/sub/_1.3390|/d/sub/_2.3390", string.Join("|", CkdImageFileNames.ForCreate("/d/sub/.3390", 2)));
        Assert.Throws<System.ArgumentException>(() => CkdImageFileNames.ForOpen("/d/sub/.3390", 2));
    }

    [Fact]
    public void DotFileWhoseHeaderContinues_IsDamagedNotFollowed()
    {
        using var folder = new TempFolder();
        string sub = System.IO.Directory.CreateDirectory(folder.File("sub")).FullName;
        var files = CkdImageWriter.CreateEmpty(System.IO.Path.Combine(sub, "v.3390"), S390Ccw.Language.Devices.Dasd3390Model.Model3, "DOT1", CkdImageOptions.Default with { Sparse = true });
        string dotted = System.IO.Path.Combine(sub, ".3390");
        System.IO.File.Move(files[0], dotted);
        System.IO.File.Copy(files[1], folder.File("sub2.3390"));

        var error = Assert.Throws<DiskImageException>(() => CkdImage.Open(dotted, readOnly: true));

        Assert.Contains("no character before its first '.'", error.Message, System.StringComparison.Ordinal);
    }
}
