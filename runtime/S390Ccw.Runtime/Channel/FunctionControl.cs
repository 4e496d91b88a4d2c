using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>SCSW function control, byte 2 bits 1-3 (s390.md §3.1).</summary>
[Flags]
public enum FunctionControl : byte
{
    None = 0,
    Clear = 0x10,
    Halt = 0x20,
    Start = 0x40,
}
