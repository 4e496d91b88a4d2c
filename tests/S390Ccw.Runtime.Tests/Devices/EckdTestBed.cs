using System;
using System.Buffers.Binary;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Storage;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices;

/// <summary>
/// A 10-cylinder 3390 in memory at device 0x0120, 1 MiB of storage and helpers that assemble a
/// format-1 channel program at 0x1000 with its arguments from 0x4000 and its input area at 0x8000.
/// </summary>
internal sealed class EckdTestBed
{
    public const ushort DeviceNumber = 0x0120;
    public const uint ProgramAddress = 0x1000;
    public const uint InputAddress = 0x8000;

    private uint _next = ProgramAddress;
    private uint _argument = 0x4000;

    public EckdTestBed(int cylinders = 10)
    {
        Store = new MemoryTrackStore(cylinders);
        Device = new Eckd3390Device(Store);
        Storage = new GuestStorage(1024 * 1024);
        Channel = new ChannelSubsystem(Storage);
        Channel.Attach(DeviceNumber, Device);
    }

    public MemoryTrackStore Store { get; }
    public Eckd3390Device Device { get; }
    public GuestStorage Storage { get; }
    public ChannelSubsystem Channel { get; }

    /// <summary>Writes records R1.. (key, data) on a track after the standard R0.</summary>
    public void Format(int cylinder, int head, params (byte[] Key, byte[] Data)[] records)
    {
        var track = CkdTrack.Empty(cylinder, head);
        for (int i = 0; i < records.Length; i++)
            Assert.True(track.TryAppend((byte)(i + 1), records[i].Key, records[i].Data));
        Store.WriteTrack(track);
    }

    public static byte[] Bytes(int length, byte fill)
    {
        var b = new byte[length];
        b.AsSpan().Fill(fill);
        return b;
    }

    /// <summary>Appends a CCW whose output argument is placed in storage.</summary>
    public uint Out(byte code, CcwFlags flags, byte[] argument)
    {
        uint at = _argument;
        Storage.Write(at, argument);
        _argument += (uint)((argument.Length + 7) & ~7);
        return Add(new Ccw(code, flags, (ushort)argument.Length, at));
    }

    /// <summary>Appends an input CCW reading into <paramref name="area"/>.</summary>
    public uint In(byte code, CcwFlags flags, int count, uint area = InputAddress) =>
        Add(new Ccw(code, flags, (ushort)count, area));

    public uint Add(Ccw ccw)
    {
        uint at = _next;
        Storage.Write(at, ccw.ToBytes(CcwFormat.Format1));
        _next += 8;
        return at;
    }

    public static byte[] SeekArgument(int cylinder, int head) =>
        new byte[] { 0, 0, (byte)(cylinder >> 8), (byte)cylinder, (byte)(head >> 8), (byte)head };

    public static byte[] Id(int cylinder, int head, int record) =>
        new byte[] { (byte)(cylinder >> 8), (byte)cylinder, (byte)(head >> 8), (byte)head, (byte)record };

    /// <summary>Define Extent for the whole 10-cylinder volume with this file mask (ECKD mode 0xC0).</summary>
    public static byte[] Extent(byte mask, int beginCylinder = 0, int beginHead = 0, int endCylinder = 9, int endHead = 14)
    {
        var p = new byte[16];
        p[0] = mask;
        p[1] = 0xC0;
        BinaryPrimitives.WriteUInt16BigEndian(p.AsSpan(8), (ushort)beginCylinder);
        BinaryPrimitives.WriteUInt16BigEndian(p.AsSpan(10), (ushort)beginHead);
        BinaryPrimitives.WriteUInt16BigEndian(p.AsSpan(12), (ushort)endCylinder);
        BinaryPrimitives.WriteUInt16BigEndian(p.AsSpan(14), (ushort)endHead);
        return p;
    }

    /// <summary>Runs the program assembled so far and returns the SCSW after TEST SUBCHANNEL.</summary>
    public Scsw Run()
    {
        var result = Channel.StartSubchannel(DeviceNumber, Orb.For(ProgramAddress));
        Assert.Equal(ConditionCode.Zero, result.ConditionCode);
        var (cc, irb) = Channel.TestSubchannel(DeviceNumber);
        Assert.Equal(ConditionCode.Zero, cc);
        _next = ProgramAddress;
        _argument = 0x4000;
        return irb!.Scsw;
    }

    public byte[] Input(int length, uint area = InputAddress) => Storage.ReadBytes(area, length);

    /// <summary>The sense bytes read by a separate SENSE program.</summary>
    public byte[] ReadSense()
    {
        In(CommandCodes.Sense, CcwFlags.None, 32, 0x9000);
        var scsw = Run();
        Assert.Equal(UnitStatus.Normal, scsw.DeviceStatus);
        return Input(32, 0x9000);
    }
}
