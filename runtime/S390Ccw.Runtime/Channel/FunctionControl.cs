using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>SCSW function control, byte 2 bits 1-3 (SA22-7832 ch. 16, "Subchannel-Status Word").</summary>
[Flags]
public enum FunctionControl : byte
{
    None = 0,
    Clear = 0x10,
    Halt = 0x20,
    Start = 0x40,
}
