using System.Linq;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>Lazy fetching against the vfio-ccw copy made at start (SA22-7832 ch. 15, ORB prefetch control; Linux drivers/s390/cio/vfio_ccw_cp.c).</summary>
public sealed class PrefetchModeTests
{
    /// <summary>
    /// 0x1000 READ (CC) 16 bytes into 0x1100, 0x1008 TIC 0x1100. At 0x1100 sits a NOP; the READ
    /// replaces it with a WRITE of 2 bytes.
    /// </summary>
    private static ChannelTestBed SelfModifying(PrefetchMode mode)
    {
        var bed = new ChannelTestBed(mode);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.ChainCommand, 16, 0x1100), new Ccw(0x08, CcwFlags.None, 0, 0x1100));
        bed.Put(0x1100, CcwFormat.Format1, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        var fresh = new byte[16];
        new Ccw(0x01, CcwFlags.None, 2, 0x3000).Encode(CcwFormat.Format1, fresh, 0);
        bed.Device.ReadData = fresh;
        bed.Start(0x1000);
        return bed;
    }

    [Fact]
    public void Lazy_RunsTheCcwsTheProgramRead()
    {
        var bed = SelfModifying(PrefetchMode.Lazy);
        Assert.Equal(new byte[] { 0x02, 0x01 }, bed.Device.Commands.Select(c => c.Code).ToArray());
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void VfioCcw_RunsTheStaleCopy()
    {
        var bed = SelfModifying(PrefetchMode.VfioCcw);
        Assert.Equal(new byte[] { 0x02, 0x03 }, bed.Device.Commands.Select(c => c.Code).ToArray());
        // The storage does hold the new CCW; only the copy ran.
        Assert.Equal(0x01, bed.Storage.ReadByte(0x1100));
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void VfioCcw_IgnoresOrbPrefetchBit()
    {
        var bed = new ChannelTestBed(PrefetchMode.VfioCcw);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.ChainCommand, 8, 0x1008), new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        var replacement = new Ccw(0x01, CcwFlags.None, 1, 0x3000).ToBytes(CcwFormat.Format1);
        bed.Device.ReadData = replacement;
        bed.Start(Orb.For(0x1000) with { Prefetch = false });
        Assert.Equal(new byte[] { 0x02, 0x03 }, bed.Device.Commands.Select(c => c.Code).ToArray());
        Assert.False(bed.Test().Prefetch);
    }

    [Fact]
    public void VfioCcw_RunsASearchTicLoopFromTheCopy()
    {
        // Seek-less Search (CC) / TIC back / NOP: the TIC into its own segment keeps the segment
        // going (vfio_ccw_cp.c is_tic_within_range), so the CCW after the TIC is in the copy.
        var bed = new ChannelTestBed(PrefetchMode.VfioCcw);
        bed.Device.SearchKey = new byte[] { 1, 2, 3, 4, 5 };
        bed.Storage.Write(0x2000, bed.Device.SearchKey);
        bed.Put(0x1000, CcwFormat.Format1,
            new Ccw(0x31, CcwFlags.ChainCommand, 5, 0x2000),
            new Ccw(0x08, CcwFlags.None, 0, 0x1000),
            new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Start(0x1000);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.None, scsw.SubchannelStatus);
        Assert.Equal(0x1018u, scsw.CcwAddress);
    }

    [Fact]
    public void SegmentLongerThan256Ccws_IsRefusedByVfioCcwOnly()
    {
        // 300 chained NOPs without a TIC: one segment of 300 > CCWCHAIN_LEN_MAX.
        foreach (var mode in new[] { PrefetchMode.Lazy, PrefetchMode.VfioCcw })
        {
            var bed = new ChannelTestBed(mode);
            for (uint i = 0; i < 300; i++)
                bed.Put(0x10000 + (i * 8), CcwFormat.Format1, new Ccw(0x03, i < 299 ? CcwFlags.ChainCommand | CcwFlags.SuppressLength : CcwFlags.SuppressLength, 1, 0));
            var result = bed.Start(0x10000);
            var scsw = bed.Test();
            if (mode == PrefetchMode.Lazy)
            {
                Assert.Equal(300, result.CcwCount);
                Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
            }
            else
            {
                Assert.Equal(0, result.CcwCount);
                Assert.Equal(UnitStatus.UnitException, scsw.DeviceStatus);
                Assert.Equal(0x10008u, scsw.CcwAddress);
            }
        }
    }

    [Fact]
    public void Exactly256ChainedCcws_RunUnderVfioCcw()
    {
        var bed = new ChannelTestBed(PrefetchMode.VfioCcw);
        for (uint i = 0; i < 256; i++)
            bed.Put(0x10000 + (i * 8), CcwFormat.Format1, new Ccw(0x03, i < 255 ? CcwFlags.ChainCommand | CcwFlags.SuppressLength : CcwFlags.SuppressLength, 1, 0));
        Assert.Equal(256, bed.Start(0x10000).CcwCount);
        Assert.Equal(UnitStatus.Normal, bed.Test().DeviceStatus);
    }
}
