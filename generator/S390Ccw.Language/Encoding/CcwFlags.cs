using System;

namespace S390Ccw.Language.Encoding;

/// <summary>The CCW flag byte; the same bit meanings in both formats (SA22-7832 ch. 15, CCW flags).</summary>
[Flags]
public enum CcwFlags : byte
{
    None = 0,
    ChainData = 0x80,
    ChainCommand = 0x40,
    SuppressLength = 0x20,
    Skip = 0x10,
    ProgramControlledInterruption = 0x08,
    IndirectData = 0x04,
    Suspend = 0x02,
    ModifiedIndirectData = 0x01,
}
