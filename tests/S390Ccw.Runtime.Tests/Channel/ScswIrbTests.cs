using System;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

public sealed class ScswIrbTests
{
    [Fact]
    public void NormalEnding_HasTheQemuLayout()
    {
        // SA22-7832 ch. 16, "Subchannel-Status Word": a normal end is start function (byte 2, 0x40) + primary 0x04 + secondary
        // 0x02 + status pending 0x01 (byte 3 = 0x07), F in byte 1 (0x80), CCW address, CE|DE 0x0C.
        var scsw = new Scsw
        {
            Format = CcwFormat.Format1,
            Function = FunctionControl.Start,
            Status = StatusControl.Primary | StatusControl.Secondary | StatusControl.StatusPending,
            CcwAddress = 0x2010,
            DeviceStatus = UnitStatus.Normal,
            ResidualCount = 3,
        };
        Assert.Equal(new byte[] { 0x00, 0x80, 0x40, 0x07, 0x00, 0x00, 0x20, 0x10, 0x0C, 0x00, 0x00, 0x03 }, scsw.ToBytes());
    }

    [Fact]
    public void ActivityBits_SpanBytesTwoAndThree()
    {
        // SA22-7832 ch. 16, "Subchannel-Status Word": resume pending is byte 2 0x08, suspended byte 3 0x20, intermediate 0x08.
        var scsw = new Scsw
        {
            Function = FunctionControl.Start,
            Activity = ActivityControl.ResumePending | ActivityControl.Suspended,
            Status = StatusControl.Intermediate,
            Key = 0xA,
        };
        var bytes = scsw.ToBytes();
        Assert.Equal(0xA0, bytes[0]);
        Assert.Equal(0x48, bytes[2]);
        Assert.Equal(0x28, bytes[3]);
        Assert.Equal(scsw, Scsw.FromBytes(bytes));
    }

    [Fact]
    public void FromBytes_RoundTripsEveryDefinedBit()
    {
        var rng = new Random(1234);
        for (int i = 0; i < 2000; i++)
        {
            var bytes = new byte[12];
            rng.NextBytes(bytes);
            bytes[2] &= 0x7F; // byte 2 bit 0 (QDIO in Hercules) is not modelled
            bytes[3] &= 0xFF;
            Assert.True(bytes.AsSpan().SequenceEqual(Scsw.FromBytes(bytes).ToBytes()), $"seed 1234, case {i}");
        }
    }

    [Fact]
    public void Irb_Is96BytesWithTheEcwAtOffset32()
    {
        var esw = new byte[20];
        esw[4] = 0x01;
        esw[5] = 3;
        var irb = new Irb(new Scsw { DeviceStatus = UnitStatus.UnitCheck }, esw, new byte[] { 0x80, 0x00, 0x01 });
        var bytes = irb.ToBytes();
        Assert.Equal(96, bytes.Length);
        Assert.Equal(0x02, bytes[8]);
        Assert.Equal(0x01, bytes[16]);
        Assert.Equal(0x80, bytes[32]);
        var back = Irb.FromBytes(bytes);
        Assert.True(back.ConcurrentSense);
        Assert.Equal(new byte[] { 0x80, 0x00, 0x01 }, back.Sense.ToArray());
    }
}
