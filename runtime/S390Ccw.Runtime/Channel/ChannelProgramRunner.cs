using System;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// Runs a channel program synchronously, to its end or to a suspend, following the check order
/// of s390.md §9.1 (Hercules channel.c execute_ccw_chain, stated there to follow the PoP):
/// fetch → TIC validation → PCI → command-code validation → CD+S → MIDA → suspend → immediate
/// handling → data-address checks → initial status → output fetch → device → input store → IL →
/// end or chain (+8 more with status modifier). One runner per channel subsystem; it reuses its
/// buffers, so a CCW costs no allocation.
/// </summary>
internal sealed partial class ChannelProgramRunner
{
    private const CcwFlags Chaining = CcwFlags.ChainCommand | CcwFlags.ChainData;

    /// <summary>Flags of the last CCW the command used (the end of its data chain); its CC decides command chaining.</summary>
    private CcwFlags _lastFlags;

    private readonly GuestStorage _storage;
    private byte[] _buffer = new byte[256 * 1024];
    private GatherEntry[] _gathered = new GatherEntry[16];
    private long _executed;
    private long _budget;
    private bool _budgetHit;

    public ChannelProgramRunner(GuestStorage storage) => _storage = storage;

    public IChannelTracer? Tracer { get; set; }

    /// <summary>Runs from <see cref="ProgramState.NextAddress"/>; leaves the final SCSW on the subchannel.</summary>
    public (ChannelProgramOutcome Outcome, long Executed) Run(Subchannel sch, long budget)
    {
        _executed = 0;
        _bytes = 0;
        _budget = budget;
        _budgetHit = false;
        ref ProgramState st = ref sch.Program;
        var device = sch.Device;
        bool pci = false;
        uint address = st.NextAddress;
        uint ticNext = 0;
        bool afterTic = false;
        bool chainedByCommand = st.Sequence > 0;
        uint cpa = address;
        var unit = UnitStatus.None;
        var chan = SubchannelStatus.None;
        int residual = 0;

        while (true)
        {
            if (BudgetSpent)
                return EndBudget(sch, cpa, pci);
            _executed++;

            chan = FetchCcw(ref st, address, out ulong raw);
            if (chan != SubchannelStatus.None)
            {
                // A failed fetch reports the CCW address + 8, or the TIC's + 8 when a TIC led
                // there (s390.md §1.4; Hercules backs up to ticaddr).
                cpa = afterTic ? ticNext : address + 8;
                unit = UnitStatus.None;
                residual = 0;
                break;
            }
            // The format-1 view: a format-0 TIC has its flags and count ignored (SA22-7832 ch. 15, format-0 CCW).
            var ccw = Ccw.Decode(st.Format, raw).ToFormat1View(st.Format);
            byte code = ccw.Command;
            var flags = ccw.Flags;
            int count = ccw.Count;
            uint data = ccw.DataAddress;
            cpa = address + 8;
            var cls = CommandClassifier.Classify(code, st.Format);

            if (cls == CommandClass.TransferInChannel)
            {
                // TIC-to-TIC, a target off a word boundary (the doubleword check follows at the
                // fetch), and format-1 flags or count are channel program checks (§1.4).
                bool bad = !CcwRules.IsValidTic(ccw, st.Format, afterTic);
                if (Tracer != null) Trace(sch, address, raw, st.Format, UnitStatus.None, bad ? SubchannelStatus.ProgramCheck : SubchannelStatus.None, 0, default, 0);
                if (bad)
                {
                    chan = SubchannelStatus.ProgramCheck;
                    unit = UnitStatus.None;
                    residual = 0;
                    break;
                }
                ticNext = address + 8;
                afterTic = true;
                address = data;
                continue;
            }
            afterTic = false;

            if ((flags & CcwFlags.ProgramControlledInterruption) != 0)
            {
                pci = true;
                sch.ProgramControlledInterruptions++;
            }

            chan = ValidateCommand(ref st, cls, flags);
            if (chan == SubchannelStatus.None && (flags & CcwFlags.Suspend) != 0)
            {
                if (!st.SuspendAllowed) chan = SubchannelStatus.ProgramCheck;
                else return Suspend(sch, address, count, pci);
            }

            bool immediate = chan == SubchannelStatus.None && device.IsImmediate(code);
            if (immediate) flags &= ~CcwFlags.ChainData;
            bool input = cls == CommandClass.Read || cls == CommandClass.Sense || cls == CommandClass.ReadBackward;
            bool skip = input && (flags & CcwFlags.Skip) != 0;

            if (chan == SubchannelStatus.None)
                chan = CheckCount(st.Format, flags, count);
            if (chan == SubchannelStatus.None && !immediate && count != 0 && !skip)
                chan = CheckArea(ref st, flags, data, count, cls == CommandClass.ReadBackward);
            if (chan != SubchannelStatus.None)
            {
                unit = UnitStatus.None;
                residual = count;
                if (Tracer != null) Trace(sch, address, raw, st.Format, unit, chan, residual, default, 0);
                break;
            }

            if (!immediate && !st.FirstNonImmediateSeen)
            {
                st.FirstNonImmediateSeen = true;
                if (st.InitialStatusInterruption) st.ZeroConditionCode = true;
            }

            var command = new DeviceCommand(code, flags, count, chainedByCommand, st.PreviousCode, st.Sequence, st.Format);
            bool output = !immediate && (cls == CommandClass.Write || cls == CommandClass.Control);
            if (output)
                ExecuteOutput(sch, ref st, command, address, raw, data, ref cpa, out unit, out chan, out residual, ref pci);
            else
                ExecuteInputOrImmediate(sch, ref st, command, immediate, skip, cls == CommandClass.ReadBackward,
                    address, raw, data, ref cpa, out unit, out chan, out residual, ref pci);

            if (_budgetHit)
                return EndBudget(sch, cpa, pci);

            st.PreviousCode = code;
            st.Sequence++;

            if (chan != SubchannelStatus.None || (unit & ~UnitStatus.StatusModifier) != UnitStatus.Normal)
                break;
            // After a data chain it is the last CCW used whose CC decides (SA22-7201, ch. 15, data chaining).
            if ((_lastFlags & CcwFlags.ChainCommand) == 0)
                break;

            // Command chaining: the next CCW follows the last one used; status modifier with
            // device end skips one more (SA22-7201 p. 15-30, command chaining; §1.6).
            address = cpa;
            if ((unit & (UnitStatus.DeviceEnd | UnitStatus.StatusModifier)) == (UnitStatus.DeviceEnd | UnitStatus.StatusModifier))
                address += 8;
            chainedByCommand = true;
        }

        Complete(sch, cpa, unit, chan, residual, pci);
        return (ChannelProgramOutcome.Completed, _executed);
    }

    private SubchannelStatus ValidateCommand(ref ProgramState st, CommandClass cls, CcwFlags flags)
    {
        if (cls == CommandClass.Invalid) return SubchannelStatus.ProgramCheck;
        return CcwRules.AreFlagsValid(flags) ? SubchannelStatus.None : SubchannelStatus.ProgramCheck;
    }

    /// <summary>Format-0 count zero is invalid (PoP "invalid count, format 0"; QEMU checks it); format-1 count zero with CD too (§1.5).</summary>
    private static SubchannelStatus CheckCount(CcwFormat format, CcwFlags flags, int count)
    {
        return CcwRules.IsCountValid(format, flags, count) ? SubchannelStatus.None : SubchannelStatus.ProgramCheck;
    }

    private SubchannelStatus FetchCcw(ref ProgramState st, uint address, out ulong raw)
    {
        raw = 0;
        if (!CcwRules.IsFetchable(address, st.Format)) return SubchannelStatus.ProgramCheck;
        var access = _storage.TryFetchAligned(address, 8, st.Key, out ulong fromStorage);
        if (access != StorageAccess.Success)
            return access == StorageAccess.Protection ? SubchannelStatus.ProtectionCheck : SubchannelStatus.ProgramCheck;
        if (st.Copy is null)
        {
            raw = fromStorage;
            return SubchannelStatus.None;
        }
        // Under vfio-ccw only the copy made at the start runs; an address it does not hold has
        // no translated CCW, which the channel cannot execute.
        return st.Copy.TryGet(address, out raw) ? SubchannelStatus.None : SubchannelStatus.ProgramCheck;
    }

    private void Trace(Subchannel sch, uint address, ulong raw, CcwFormat format, UnitStatus unit,
        SubchannelStatus chan, int residual, ReadOnlySpan<byte> data, int moved)
    {
        byte code = (byte)(raw >> 56);
        string? mnemonic = CommandClassifier.IsTic(code, format) ? "TIC"
            : CommandTable.TryGet(code, out var info) ? info.Mnemonic : null;
        Tracer!.OnCcw(new CcwTraceRecord(sch.DeviceNumber, address, raw, format, mnemonic, unit, chan, residual, data, moved));
    }
}
