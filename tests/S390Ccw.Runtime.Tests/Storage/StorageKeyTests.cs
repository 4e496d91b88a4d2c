using S390Ccw.Runtime.Storage;
using Xunit;

namespace S390Ccw.Runtime.Tests.Storage;

/// <summary>Key-controlled and fetch protection, SA22-7832 ch. 3.</summary>
public sealed class StorageKeyTests
{
    [Fact]
    public void StoreWithADifferentKey_IsProtection()
    {
        var s = new GuestStorage(16384);
        s.SetKey(0x1000, 4096, accessKey: 6);
        Assert.Equal(StorageAccess.Protection, s.TryStore(0x1FFE, new byte[4], 5));
        Assert.Equal(0, s.ReadByte(0x1FFE));
        Assert.Equal(StorageAccess.Success, s.TryStore(0x1000, new byte[4], 6));
    }

    [Fact]
    public void KeyZero_MatchesEveryKey()
    {
        var s = new GuestStorage(16384);
        s.SetKey(0, 16384, accessKey: 9, fetchProtected: true);
        Assert.Equal(StorageAccess.Success, s.TryStore(0x10, new byte[4], 0));
        Assert.Equal(StorageAccess.Success, s.TryFetch(0x10, new byte[4], 0));
    }

    [Fact]
    public void FetchUnderAnotherKey_IsAllowedUnlessFetchProtected()
    {
        var s = new GuestStorage(16384);
        s.SetKey(0x2000, 4096, accessKey: 3);
        Assert.Equal(StorageAccess.Success, s.TryFetch(0x2000, new byte[8], 5));
        s.SetKey(0x2000, 4096, accessKey: 3, fetchProtected: true);
        Assert.Equal(StorageAccess.Protection, s.TryFetch(0x2000, new byte[8], 5));
    }

    [Fact]
    public void Accesses_SetReferenceAndChangeBits()
    {
        var s = new GuestStorage(16384);
        s.TryFetch(0x1000, new byte[1], 0);
        Assert.Equal(StorageKey.Reference, s.GetKey(0x1000));
        s.TryStore(0x3000, new byte[1], 0);
        Assert.Equal(StorageKey.Reference | StorageKey.Change, s.GetKey(0x3000));
    }
}
