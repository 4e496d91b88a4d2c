namespace S390Ccw.Language.Encoding;

/// <summary>What the channel infers from the low bits of a command code (s390.md §1.3).</summary>
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
