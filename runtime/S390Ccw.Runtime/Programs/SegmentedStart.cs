using System.Collections.Generic;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Programs;

/// <summary>
/// Runs a program in the pieces its <c>split</c> TICs mark, the way QEMU's BIOS runs an IPL chain on a
/// prefetching channel (QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL"): the CCW that chains into a split TIC loses its chain bit, so one
/// START SUBCHANNEL ends there; the next begins at the TIC's target, read from storage after the previous
/// start ran, so a channel that copies the chain at each start copies the CCWs the previous start wrote.
/// This is how the runtime honours the language's <c>split</c> directive (<see cref="ChannelProgram.SplitTics"/>).
/// </summary>
public static class SegmentedStart
{
    /// <summary>Loads the program and runs it start by start; each start's address and result, in order.</summary>
    public static IReadOnlyList<(uint Address, StartResult Result)> Run(ChannelSubsystem channel, ushort deviceNumber, ChannelProgram program, bool prefetch)
    {
        var storage = channel.Storage;
        program.LoadInto(storage);
        var splits = new HashSet<uint>(program.SplitTics);
        foreach (uint tic in program.SplitTics) ClearChainCommand(storage, tic - 8, program.Format);

        var starts = new List<(uint, StartResult)>();
        uint address = program.EntryAddress;
        while (true)
        {
            var start = channel.StartSubchannel(deviceNumber, Orb.For(address, program.Format) with { Prefetch = prefetch });
            starts.Add((address, start));
            channel.TestSubchannel(deviceNumber); // clears the status pending, as a program does before its next start
            // The SCSW's CCW address is the last CCW used + 8: the split TIC when the start ended at its READ.
            if (!EndedNormally(start) || !splits.Contains(start.Scsw.CcwAddress)) return starts;
            address = TicTarget(storage, start.Scsw.CcwAddress, program.Format);
        }
    }

    /// <summary>Condition code 0, CE+DE (SM allowed) and no subchannel status.</summary>
    public static bool EndedNormally(in StartResult start) =>
        start.ConditionCode == ConditionCode.Zero
        && (start.Scsw.DeviceStatus & ~UnitStatus.StatusModifier) == UnitStatus.Normal
        && start.Scsw.SubchannelStatus == SubchannelStatus.None;

    /// <summary>CC is flag bit 0x40: byte 4 of a format-0 CCW, byte 1 of a format-1 CCW (SA22-7832 ch. 15, "Channel-Command Word" formats).</summary>
    private static void ClearChainCommand(GuestStorage storage, uint ccw, CcwFormat format)
    {
        uint flags = ccw + (format == CcwFormat.Format0 ? 4u : 1u);
        storage.WriteByte(flags, (byte)(storage.ReadByte(flags) & ~(byte)CcwFlags.ChainCommand));
    }

    private static uint TicTarget(GuestStorage storage, uint tic, CcwFormat format) =>
        Ccw.Decode(format, storage.ReadBytes(tic, 8), 0).DataAddress;
}
