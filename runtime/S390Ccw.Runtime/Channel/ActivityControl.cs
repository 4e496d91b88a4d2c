using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>SCSW activity control: byte 2 bits 4-7 and byte 3 bits 0-2, as the halfword masks of SA22-7832 ch. 16, "Subchannel-Status Word".</summary>
[Flags]
public enum ActivityControl : ushort
{
    None = 0,
    Suspended = 0x0020,
    DeviceActive = 0x0040,
    SubchannelActive = 0x0080,
    ClearPending = 0x0100,
    HaltPending = 0x0200,
    StartPending = 0x0400,
    ResumePending = 0x0800,
}
