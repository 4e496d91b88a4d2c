using System;
using System.Collections.Generic;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>
/// A small scripted device for channel tests: 0x02 reads <see cref="ReadData"/>, 0x01 writes
/// (consuming <see cref="WriteConsumes"/> bytes when set), 0x03 is immediate (NOP), 0x04 senses,
/// 0x0C reads backward the same bytes, 0x07 is a control command with data, 0x31 "searches" (status modifier when the 5 argument
/// bytes equal <see cref="SearchKey"/>), 0x05 is rejected with unit check and command reject.
/// </summary>
internal sealed class FakeDevice : IChannelDevice
{
    private readonly byte[] _sense = new byte[32];

    public byte[] ReadData { get; set; } = Array.Empty<byte>();

    public int? WriteConsumes { get; set; }

    public bool WriteWantsMore { get; set; }

    public byte[] SearchKey { get; set; } = new byte[5];

    public int Begins { get; private set; }

    public List<DeviceCommand> Commands { get; } = new();

    public List<byte[]> Outputs { get; } = new();

    public ReadOnlySpan<byte> Sense => _sense;

    public void BeginChannelProgram() => Begins++;

    public bool IsImmediate(byte command) => command == 0x03;

    public UnitStatus Execute(in DeviceCommand command, ref DeviceTransfer transfer)
    {
        Commands.Add(command);
        Array.Clear(_sense);
        switch (command.Code)
        {
            case 0x02:
            case 0x0C:
                transfer.SetInput(ReadData);
                return UnitStatus.Normal;
            case 0x04:
                transfer.SetInput(_sense);
                return UnitStatus.Normal;
            case 0x01:
            case 0x07:
                Outputs.Add(transfer.Output.ToArray());
                if (WriteConsumes is int n) transfer.Consumed = Math.Min(n, transfer.Output.Length);
                transfer.More = WriteWantsMore;
                return UnitStatus.Normal;
            case 0x31:
                Outputs.Add(transfer.Output.ToArray());
                return transfer.Output.SequenceEqual(SearchKey) ? UnitStatus.Normal | UnitStatus.StatusModifier : UnitStatus.Normal;
            case 0x03:
                return UnitStatus.Normal;
            default:
                _sense[0] = 0x80;
                return UnitStatus.Normal | UnitStatus.UnitCheck;
        }
    }
}
