using S390Ccw.Language.Devices;
using Xunit;

namespace S390Ccw.Language.Tests;

public class TrackCapacityTests
{
    // Worked values of IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track (Linux recs_per_track and Hercules capacity_calc agree).
    [Theory]
    [InlineData(0, 56664, 1)]
    [InlineData(0, 27998, 2)]
    [InlineData(0, 27999, 1)]
    [InlineData(0, 18452, 3)]
    [InlineData(0, 4096, 12)]
    [InlineData(0, 512, 49)]
    [InlineData(44, 96, 50)]
    [InlineData(4, 24, 55)]
    public void RecordsPerTrack_MatchesPublishedFormula(int keyLength, int dataLength, int expected) =>
        Assert.Equal(expected, TrackCapacity.RecordsPerTrack(keyLength, dataLength));

    [Fact]
    public void FullTrackRecord_OneByteMore_DoesNotFit()
    {
        Assert.True(TrackCapacity.Fits(0, 0, 56664));
        Assert.False(TrackCapacity.Fits(0, 0, 56665));
    }
}
