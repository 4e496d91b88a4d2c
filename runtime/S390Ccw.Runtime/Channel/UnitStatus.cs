using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>The device (unit) status byte, SCSW byte 8 (SA22-7832 ch. 16, "Device Status").</summary>
[Flags]
public enum UnitStatus : byte
{
    None = 0,
    UnitException = 0x01,
    UnitCheck = 0x02,
    DeviceEnd = 0x04,
    ChannelEnd = 0x08,
    Busy = 0x10,
    ControlUnitEnd = 0x20,
    StatusModifier = 0x40,
    Attention = 0x80,

    /// <summary>The normal ending of a command: CE+DE.</summary>
    Normal = ChannelEnd | DeviceEnd,
}
