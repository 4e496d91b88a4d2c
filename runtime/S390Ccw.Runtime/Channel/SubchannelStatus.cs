using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>The subchannel (channel) status byte, SCSW byte 9 (SA22-7832 ch. 16, "Subchannel Status").</summary>
[Flags]
public enum SubchannelStatus : byte
{
    None = 0,
    ChainingCheck = 0x01,
    InterfaceControlCheck = 0x02,
    ChannelControlCheck = 0x04,
    ChannelDataCheck = 0x08,
    ProtectionCheck = 0x10,
    ProgramCheck = 0x20,
    IncorrectLength = 0x40,
    ProgramControlledInterruption = 0x80,
}
