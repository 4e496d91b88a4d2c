using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Storage;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>Storage of 1 MiB, a channel subsystem and a fake device at 0x0190.</summary>
internal sealed class ChannelTestBed
{
    public const ushort DeviceNumber = 0x0190;

    public ChannelTestBed(PrefetchMode mode = PrefetchMode.Lazy, long budget = ChannelOptions.DefaultCcwBudget, IChannelTracer? tracer = null)
    {
        Storage = new GuestStorage(1024 * 1024);
        Channel = new ChannelSubsystem(Storage, new ChannelOptions { Prefetch = mode, CcwBudget = budget, Tracer = tracer });
        Device = new FakeDevice();
        Subchannel = Channel.Attach(DeviceNumber, Device);
    }

    public GuestStorage Storage { get; }
    public ChannelSubsystem Channel { get; }
    public FakeDevice Device { get; }
    public Subchannel Subchannel { get; }

    /// <summary>Writes CCWs one after the other from <paramref name="address"/>.</summary>
    public void Put(uint address, CcwFormat format, params Ccw[] ccws)
    {
        foreach (var ccw in ccws)
        {
            Storage.Write(address, ccw.ToBytes(format));
            address += 8;
        }
    }

    public StartResult Start(uint address, CcwFormat format = CcwFormat.Format1, byte key = 0) =>
        Channel.StartSubchannel(DeviceNumber, Orb.For(address, format, key));

    public StartResult Start(Orb orb) => Channel.StartSubchannel(DeviceNumber, orb);

    /// <summary>TEST SUBCHANNEL, returning the SCSW (status is then cleared).</summary>
    public Scsw Test()
    {
        var (cc, irb) = Channel.TestSubchannel(DeviceNumber);
        Assert.Equal(ConditionCode.Zero, cc);
        return irb!.Scsw;
    }
}
