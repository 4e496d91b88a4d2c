using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

public sealed class OrbTests
{
    [Fact]
    public void FromBytes_ReadsEveryField()
    {
        // SA22-7832 ch. 15, "Operation-Request Block": word 0 = intparm; byte 4 = key 5 (0x50) | S 0x08 | Y 0x01; byte 5 = F 0x80 |
        // P 0x40 | I 0x20 | H 0x02 | T 0x01; byte 6 = LPM; byte 7 = L 0x80 | D 0x40; word 2 = CCW address.
        byte[] bytes = { 0x12, 0x34, 0x56, 0x78, 0x59, 0xE3, 0xC0, 0xC0, 0x00, 0x01, 0x20, 0x08 };
        var orb = Orb.FromBytes(bytes);
        Assert.Equal(0x12345678u, orb.InterruptionParameter);
        Assert.Equal(5, orb.Key);
        Assert.True(orb.SuspendControl);
        Assert.True(orb.SynchronizationControl);
        Assert.False(orb.StreamingMode);
        Assert.Equal(CcwFormat.Format1, orb.Format);
        Assert.True(orb.Prefetch);
        Assert.True(orb.InitialStatusInterruption);
        Assert.True(orb.Format2Idaws);
        Assert.True(orb.Format2IdawsUse2KBlocks);
        Assert.Equal(0xC0, orb.LogicalPathMask);
        Assert.True(orb.IncorrectLengthSuppression);
        Assert.True(orb.MidawControl);
        Assert.False(orb.Extended);
        Assert.Equal(0x00012008u, orb.ChannelProgramAddress);
        Assert.Null(orb.OperandExceptionReason());
    }

    [Fact]
    public void ToBytes_RoundTripsAllBits()
    {
        for (int b = 0; b < 256; b++)
        {
            byte[] bytes = { 1, 2, 3, 4, (byte)b, (byte)(255 - b), (byte)b, (byte)b, 0x7F, 0xFF, 0x00, (byte)(b & 0xF8) };
            Assert.Equal(bytes, Orb.FromBytes(bytes).ToBytes());
        }
    }

    [Fact]
    public void IplOrb_IsAllZeros() => Assert.Equal(new byte[12], Orb.Ipl.ToBytes());

    [Theory]
    [InlineData(5, 0x04, 7, 0x00, 8, 0x00)] // B: transport mode
    [InlineData(5, 0x00, 7, 0x02, 8, 0x00)] // a reserved bit of byte 7
    [InlineData(5, 0x00, 7, 0x00, 8, 0x80)] // word 2 bit 0
    public void ReservedOrTransportBits_AreOperandExceptions(int i5, int v5, int i7, int v7, int i8, int v8)
    {
        var bytes = new byte[12];
        bytes[i5] |= (byte)v5;
        bytes[i7] |= (byte)v7;
        bytes[i8] |= (byte)v8;
        Assert.NotNull(Orb.FromBytes(bytes).OperandExceptionReason());
    }
}
