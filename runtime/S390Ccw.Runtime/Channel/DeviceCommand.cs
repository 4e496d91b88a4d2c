using S390Ccw.Language.Encoding;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// One command as the device sees it, with its chaining context (the arguments Hercules passes
/// to a device handler's exec: code, flags, chained, count, prevcode, ccwseq).
/// </summary>
/// <param name="Code">The command code (a format-0 TIC never reaches a device).</param>
/// <param name="Flags">The CCW flags; CD is cleared for immediate commands.</param>
/// <param name="Count">The CCW count; for output, the length of all gathered data-chained areas.</param>
/// <param name="CommandChained">The previous CCW had CC: this command is not the first of the program.</param>
/// <param name="PreviousCode">The previous command of this program, 0 for the first.</param>
/// <param name="Sequence">0 for the first command of the program, then 1, 2, …</param>
/// <param name="Format">The CCW format of the program.</param>
public readonly record struct DeviceCommand(
    byte Code,
    CcwFlags Flags,
    int Count,
    bool CommandChained,
    byte PreviousCode,
    int Sequence,
    CcwFormat Format)
{
    public bool IsFirst => Sequence == 0;

    public bool DataChained => (Flags & CcwFlags.ChainData) != 0;

    public bool ChainsCommand => (Flags & CcwFlags.ChainCommand) != 0;

    /// <summary>True when the device may rely on a next command in the same program (CC or CD set).</summary>
    public bool IsChained => (Flags & (CcwFlags.ChainCommand | CcwFlags.ChainData)) != 0;
}
