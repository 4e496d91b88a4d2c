namespace S390Ccw.Language.Encoding;

/// <summary>What the channel infers from the low bits of a command code (SA22-7832 ch. 15, "Command Code"; Hercules esa390.h IS_CCW_*).</summary>
public enum CommandClass
{
    Invalid,
    Write,
    Read,
    Control,
    Sense,
    TransferInChannel,
    ReadBackward,
}
