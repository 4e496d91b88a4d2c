using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>A key mismatch is a protection check (0x10), not a program check (SA22-7832 ch. 15, count and data address; ch. 16, "Program Check").</summary>
public sealed class ProtectionCheckTests
{
    [Fact]
    public void ReadIntoStorageOfAnotherKey_IsProtectionCheck()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 1, 2, 3, 4 };
        bed.Storage.SetKey(0x3000, 4096, accessKey: 2);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.None, 4, 0x3000));
        bed.Start(0x1000, key: 5);
        var scsw = bed.Test();
        Assert.Equal(SubchannelStatus.ProtectionCheck, scsw.SubchannelStatus);
        Assert.Equal(5, scsw.Key);
        Assert.Equal(new byte[4], bed.Storage.ReadBytes(0x3000, 4));
    }

    [Fact]
    public void MatchingKey_Stores()
    {
        var bed = new ChannelTestBed();
        bed.Device.ReadData = new byte[] { 1, 2, 3, 4 };
        bed.Storage.SetKey(0x3000, 4096, accessKey: 5);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x02, CcwFlags.None, 4, 0x3000));
        bed.Start(0x1000, key: 5);
        Assert.Equal(SubchannelStatus.None, bed.Test().SubchannelStatus);
    }

    [Fact]
    public void FetchProtectedCcw_IsProtectionCheck()
    {
        var bed = new ChannelTestBed();
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x03, CcwFlags.SuppressLength, 1, 0));
        bed.Storage.SetKey(0x1000, 4096, accessKey: 7, fetchProtected: true);
        bed.Start(0x1000, key: 3);
        Assert.Equal(SubchannelStatus.ProtectionCheck, bed.Test().SubchannelStatus);
        Assert.Empty(bed.Device.Commands);
    }

    [Fact]
    public void WriteFromFetchProtectedData_IsProtectionCheck()
    {
        var bed = new ChannelTestBed();
        bed.Storage.SetKey(0x3000, 4096, accessKey: 7, fetchProtected: true);
        bed.Put(0x1000, CcwFormat.Format1, new Ccw(0x01, CcwFlags.None, 4, 0x3000));
        bed.Start(0x1000, key: 3);
        Assert.Equal(SubchannelStatus.ProtectionCheck, bed.Test().SubchannelStatus);
        Assert.Empty(bed.Device.Commands);
    }
}
