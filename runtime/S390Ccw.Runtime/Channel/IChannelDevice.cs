using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The device side of the channel seam, drawn as Hercules (device handler exec) and QEMU
/// (ccw_cb) draw it: the channel fetches CCWs, follows chaining, TIC, SKIP and IDA, moves the
/// data and builds the SCSW; the device executes one command at a time with its chaining
/// context, reports unit status and owns its sense bytes and orientation.
/// </summary>
public interface IChannelDevice
{
    /// <summary>
    /// A new channel program begins (START SUBCHANNEL or IPL, not RESUME): the device resets its
    /// chain state (Hercules resets it at the first CCW of every start, IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c).
    /// </summary>
    void BeginChannelProgram();

    /// <summary>
    /// True for a command that transfers no data (control, "immediate", such as NOP): the channel
    /// then ignores its data address and CD flag and applies the immediate-command IL rules (SA22-7832 ch. 16, "Incorrect Length").
    /// </summary>
    bool IsImmediate(byte command);

    /// <summary>
    /// Executes one command. For an output command <see cref="DeviceTransfer.Output"/> holds the
    /// data the channel fetched (all data-chained areas, gathered); the device reports how much it
    /// took. For an input command the device presents its data with
    /// <see cref="DeviceTransfer.SetInput"/>, as much as it has; the channel stores what the CCW
    /// counts allow and derives the residual count and incorrect length.
    /// </summary>
    UnitStatus Execute(in DeviceCommand command, ref DeviceTransfer transfer);

    /// <summary>The device's current sense bytes (what a SENSE command would return).</summary>
    ReadOnlySpan<byte> Sense { get; }
}
