namespace S390Ccw.Language.Encoding;

/// <summary>Classifies a command code the way the channel does (SA22-7832 ch. 15, "Command Code"; Hercules esa390.h IS_CCW_*; Hercules esa390.h IS_CCW_*).</summary>
public static class CommandClassifier
{
    public static CommandClass Classify(byte command, CcwFormat format)
    {
        int low = command & 0x0F;
        if (low == 0x00) return CommandClass.Invalid;
        if (low == 0x08)
        {
            // Format-0 ignores the top nibble of a TIC; format-1 accepts only 0x08 (SA22-7832 ch. 15, "Command Code"; Hercules esa390.h IS_CCW_*).
            return format == CcwFormat.Format0 || command == CommandCodes.TransferInChannel
                ? CommandClass.TransferInChannel
                : CommandClass.Invalid;
        }
        if (low == 0x04) return CommandClass.Sense;
        if (low == 0x0C) return CommandClass.ReadBackward;
        return (command & 0x03) switch
        {
            1 => CommandClass.Write,
            2 => CommandClass.Read,
            _ => CommandClass.Control,
        };
    }

    public static bool IsTic(byte command, CcwFormat format) =>
        Classify(command, format) == CommandClass.TransferInChannel;

    /// <summary>Commands whose data moves into storage: read, read backward and sense (SKIP applies to them).</summary>
    public static bool IsInput(byte command, CcwFormat format)
    {
        var c = Classify(command, format);
        return c == CommandClass.Read || c == CommandClass.ReadBackward || c == CommandClass.Sense;
    }
}
