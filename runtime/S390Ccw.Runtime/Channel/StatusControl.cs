using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>SCSW status control, byte 3 bits 3-7 (SA22-7832 ch. 16, "Subchannel-Status Word").</summary>
[Flags]
public enum StatusControl : byte
{
    None = 0,
    StatusPending = 0x01,
    Secondary = 0x02,
    Primary = 0x04,
    Intermediate = 0x08,
    Alert = 0x10,
}
