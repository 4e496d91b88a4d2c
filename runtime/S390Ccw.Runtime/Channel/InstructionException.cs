namespace S390Ccw.Runtime.Channel;

/// <summary>A program exception the I/O instruction itself recognises (no condition code is set).</summary>
public enum InstructionException
{
    None,

    /// <summary>ORB B bit, reserved bits or word-2 bit 0 set (SA22-7832 ch. 15, "Operation-Request Block"; Hercules io.c).</summary>
    Operand,

    /// <summary>The ORB address is not on a word boundary.</summary>
    Specification,

    /// <summary>The ORB lies outside storage.</summary>
    Addressing,
}
