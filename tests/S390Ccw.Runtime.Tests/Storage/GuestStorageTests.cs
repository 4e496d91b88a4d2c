using System;
using S390Ccw.Runtime.Storage;
using Xunit;

namespace S390Ccw.Runtime.Tests.Storage;

public sealed class GuestStorageTests
{
    [Fact]
    public void Default_Is16MiB() => Assert.Equal(16L * 1024 * 1024, new GuestStorage().Size);

    [Theory]
    [InlineData(0L)]
    [InlineData(4095L)]
    [InlineData(4097L)]
    [InlineData(2L * 1024 * 1024 * 1024 + 4096)]
    public void BadSizes_AreRefused(long size) => Assert.Throws<ArgumentOutOfRangeException>(() => new GuestStorage(size));

    [Fact]
    public void Accessors_AreBigEndian()
    {
        var s = new GuestStorage(8192);
        s.WriteUInt32(0x100, 0x11223344);
        Assert.Equal(new byte[] { 0x11, 0x22, 0x33, 0x44 }, s.ReadBytes(0x100, 4));
        s.WriteUInt64(0x200, 0x0008000080002018);
        Assert.Equal(0x0008000080002018UL, s.ReadUInt64(0x200));
        Assert.Equal(0x8000u, s.ReadUInt16(0x204));
        s.WriteUInt16(0x300, 0xABCD);
        Assert.Equal(0xAB, s.ReadByte(0x300));
    }

    [Fact]
    public void HostAccessOutsideStorage_Throws()
    {
        var s = new GuestStorage(8192);
        Assert.Throws<ArgumentOutOfRangeException>(() => s.ReadUInt32(8190));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.Write(-1, new byte[1]));
    }

    [Fact]
    public void GuestAccessOutsideStorage_IsAddressingNotAnException()
    {
        var s = new GuestStorage(8192);
        Assert.Equal(StorageAccess.Addressing, s.TryStore(8190, new byte[4], 0));
        Assert.Equal(StorageAccess.Addressing, s.TryFetch(1L << 40, new byte[4], 3));
        Assert.Equal(StorageAccess.Success, s.TryFetch(8188, new byte[4], 0));
    }

    [Fact]
    public void AreasStraddlingChunks_AreCopiedWhole()
    {
        // 4K chunks: the area 0xFFE..0x1001 lies in two of them.
        var s = new GuestStorage(16384, chunkShift: 12);
        byte[] data = { 1, 2, 3, 4 };
        Assert.Equal(StorageAccess.Success, s.TryStore(0xFFE, data, 0));
        var back = new byte[4];
        Assert.Equal(StorageAccess.Success, s.TryFetch(0xFFE, back, 0));
        Assert.Equal(data, back);
        Assert.Equal(0x01020304u, s.ReadUInt32(0xFFE));
        s.Clear(0xFFF, 2);
        Assert.Equal(new byte[] { 1, 0, 0, 4 }, s.ReadBytes(0xFFE, 4));
    }

    [Fact]
    public void RandomAccesses_MatchAFlatArray()
    {
        const int seed = 4711;
        var rng = new Random(seed);
        var s = new GuestStorage(64 * 1024, chunkShift: 13);
        var flat = new byte[64 * 1024];
        for (int i = 0; i < 3000; i++)
        {
            int length = rng.Next(0, 9000);
            int address = rng.Next(0, flat.Length - length + 1);
            var bytes = new byte[length];
            rng.NextBytes(bytes);
            s.Write(address, bytes);
            bytes.CopyTo(flat, address);
            int probe = rng.Next(0, flat.Length - 8);
            Assert.True(flat.AsSpan(probe, 8).SequenceEqual(s.ReadBytes(probe, 8)), $"seed {seed}, step {i}");
        }
    }
}
