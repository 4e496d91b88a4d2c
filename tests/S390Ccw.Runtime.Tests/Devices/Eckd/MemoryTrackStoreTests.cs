using System;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices.Eckd;

public sealed class MemoryTrackStoreTests
{
    [Fact]
    public void UnwrittenTrack_ReadsAsAnEmptyFormattedTrack()
    {
        using var store = new MemoryTrackStore(Dasd3390Model.Model3);

        var track = store.ReadTrack(3338, 14);

        Assert.Equal(CkdTrack.Empty(3338, 14).Image.ToArray(), track.Image.ToArray());
        Assert.Empty(store.WrittenTracks);
    }

    [Fact]
    public void WrittenTrack_IsReturnedByLaterReadsAndMarkedClean()
    {
        using var store = new MemoryTrackStore(10);
        var track = store.ReadTrack(4, 2);
        track.TryAppend(1, ReadOnlySpan<byte>.Empty, new byte[] { 42 });

        store.WriteTrack(track);

        Assert.False(track.Dirty);
        var again = store.ReadTrack(4, 2);
        Assert.Equal(42, again.Data(1)[0]);
        Assert.Equal(new[] { (4, 2) }, store.WrittenTracks.Select(t => (t.Cylinder, t.Head)));
    }

    [Fact]
    public void Geometry_FollowsTheModel()
    {
        using var store = new MemoryTrackStore(Dasd3390Model.Model9);

        Assert.Equal(10017, store.Cylinders);
        Assert.Equal(15, store.Heads);
        Assert.Equal(0x32, store.Model.DeviceCode);
    }

    [Fact]
    public void SmallVolume_ReportsTheSmallestModelThatHoldsIt()
    {
        using var store = new MemoryTrackStore(5);

        Assert.Equal(5, store.Cylinders);
        Assert.Equal("1", store.Model.Name);
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, 15)]
    public void AddressOutsideTheVolume_Throws(int cylinder, int head)
    {
        using var store = new MemoryTrackStore(10);
        Assert.Throws<ArgumentOutOfRangeException>(() => store.ReadTrack(cylinder, head));
    }

    [Fact]
    public void ReadOnlyVolume_RefusesWrites()
    {
        using var store = new MemoryTrackStore(2, isReadOnly: true);
        Assert.Throws<InvalidOperationException>(() => store.WriteTrack(store.ReadTrack(0, 0)));
    }

    [Fact]
    public void WrittenTracks_AreInTrackOrder()
    {
        using var store = new MemoryTrackStore(3);
        foreach (var (c, h) in new[] { (2, 0), (0, 5), (1, 14), (0, 1) })
        {
            store.WriteTrack(CkdTrack.Empty(c, h));
        }

        Assert.Equal(new[] { (0, 1), (0, 5), (1, 14), (2, 0) }, store.WrittenTracks.Select(t => (t.Cylinder, t.Head)));
    }
}
