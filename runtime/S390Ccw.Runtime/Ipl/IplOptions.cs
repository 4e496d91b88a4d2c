using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Ipl;

/// <summary>The machine an IPL runs on: storage size, the IPL device's number, the CCW budget and an optional tracer.</summary>
public sealed class IplOptions
{
    /// <summary>The device number Hercules configurations and our samples use for the IPL volume.</summary>
    public const ushort DefaultDeviceNumber = 0x0120;

    public long StorageSize { get; init; } = GuestStorage.DefaultSize;

    /// <summary>
    /// Storage of a machine that already exists: the IPL runs in it (as a load-normal, which does not clear
    /// storage) and <see cref="StorageSize"/> is ignored. Null gives a fresh, zeroed storage.
    /// </summary>
    public GuestStorage? Storage { get; init; }

    public ushort DeviceNumber { get; init; } = DefaultDeviceNumber;

    /// <summary>CCWs one start may execute; also bounds the whole IPL (QEMU's BIOS loop has no limit of its own).</summary>
    public long CcwBudget { get; init; } = ChannelOptions.DefaultCcwBudget;

    /// <summary>Bytes one start may transfer; also bounds the whole IPL (<see cref="ChannelOptions.DefaultByteBudget"/>).</summary>
    public long ByteBudget { get; init; } = ChannelOptions.DefaultByteBudget;

    /// <summary>Time one start may run (<see cref="ChannelOptions.DefaultTimeBudget"/>).</summary>
    public System.TimeSpan TimeBudget { get; init; } = ChannelOptions.DefaultTimeBudget;

    public IChannelTracer? Tracer { get; init; }
}
