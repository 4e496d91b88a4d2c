using System;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Runtime.Channel;

/// <summary>Executing one command: output gathering, input distribution over a data chain, incorrect length.</summary>
internal sealed partial class ChannelProgramRunner
{
    private struct GatherEntry
    {
        public uint Address;
        public ulong Raw;
        public CcwFlags Flags;
        public int Count;
        public int Offset;
    }

    private void ExecuteInputOrImmediate(Subchannel sch, ref ProgramState st, in DeviceCommand command, bool immediate,
        bool skip, bool backward, uint address, ulong raw, uint data, ref uint cpa,
        out UnitStatus unit, out SubchannelStatus chan, out int residual, ref bool pci)
    {
        var transfer = new DeviceTransfer(default, _buffer);
        unit = sch.Device.Execute(command, ref transfer);
        chan = SubchannelStatus.None;
        var flags = command.Flags;
        _lastFlags = flags;
        int count = command.Count;

        if (immediate)
        {
            // No data moves. With a non-zero count and no SLI, format-0 never indicates IL;
            // format-1 does unless ORB L is set; Hercules never does when CC is set (§3.4).
            residual = count;
            if (count != 0 && (flags & (CcwFlags.SuppressLength | CcwFlags.ChainCommand)) == 0
                && st.Format == CcwFormat.Format1 && !st.IncorrectLengthSuppression)
            {
                chan = SubchannelStatus.IncorrectLength;
            }
            if (IsCommandReject(sch, unit)) chan = SubchannelStatus.None;
            if (Tracer != null) Trace(sch, address, raw, st.Format, unit, chan, residual, default, 0);
            return;
        }

        ReadOnlySpan<byte> input = transfer.Input;
        int total = input.Length;
        int offset = 0;
        while (true)
        {
            int n = Math.Min(count, total - offset);
            if (!skip && n > 0)
                chan = StoreArea(ref st, flags, data, input.Slice(offset, n), backward);
            residual = count - n;
            if (chan != SubchannelStatus.None)
            {
                cpa = address + 8;
                if (Tracer != null) Trace(sch, address, raw, st.Format, unit, chan, residual, default, 0);
                return;
            }
            // Data chaining takes the next CCW when this one's count is exhausted, whether or
            // not the device has more; a device ending there leaves the next CCW short (IL).
            bool continues = CcwRules.DataChainContinues(flags, n, count);
            if (!continues) break;
            // Hercules traces each CCW of a data chain with channel end and device end (Stat=0C00).
            if (Tracer != null) Trace(sch, address, raw, st.Format, unit & (UnitStatus.ChannelEnd | UnitStatus.DeviceEnd), SubchannelStatus.None, 0, input.Slice(offset, n), n);
            offset += n;
            chan = FetchContinuation(sch, ref st, ref address, out raw, out flags, out count, out data, ref pci);
            cpa = address + 8;
            if (chan != SubchannelStatus.None)
            {
                residual = count;
                return;
            }
            _lastFlags = flags;
            skip = (flags & CcwFlags.Skip) != 0;
        }
        cpa = address + 8;
        int stored = Math.Min(count, total - offset);
        bool more = offset + stored < total || transfer.More;
        // A command rejected before any data moved has its whole count as residual, and so incorrect
        // length unless SLI, as every other short transfer (Hercules 3.13, seen in its CCW trace).
        chan = IncorrectLength(flags, residual, more);
        if (Tracer != null) Trace(sch, address, raw, st.Format, unit, chan, residual, input.Slice(offset, stored), stored);
    }

    private void ExecuteOutput(Subchannel sch, ref ProgramState st, in DeviceCommand command, uint address, ulong raw,
        uint data, ref uint cpa, out UnitStatus unit, out SubchannelStatus chan, out int residual, ref bool pci)
    {
        var flags = command.Flags;
        int count = command.Count;
        int total = 0;
        int entries = 0;
        unit = UnitStatus.None;
        while (true)
        {
            EnsureBuffer(total + count + 65536);
            chan = count == 0 ? SubchannelStatus.None : FetchArea(ref st, flags, data, _buffer.AsSpan(total, count));
            if (chan != SubchannelStatus.None)
            {
                cpa = address + 8;
                residual = count;
                if (Tracer != null) Trace(sch, address, raw, st.Format, unit, chan, residual, default, 0);
                return;
            }
            if (entries == _gathered.Length) Array.Resize(ref _gathered, entries * 2);
            _gathered[entries++] = new GatherEntry { Address = address, Raw = raw, Flags = flags, Count = count, Offset = total };
            total += count;
            if ((flags & CcwFlags.ChainData) == 0) break;
            if (BudgetSpent)
            {
                _budgetHit = true;
                residual = 0;
                return;
            }
            chan = FetchContinuation(sch, ref st, ref address, out raw, out flags, out count, out data, ref pci);
            if (chan != SubchannelStatus.None)
            {
                cpa = address + 8;
                residual = count;
                return;
            }
        }

        var transfer = new DeviceTransfer(_buffer.AsSpan(0, total), _buffer.AsSpan(total));
        unit = sch.Device.Execute(command with { Count = total }, ref transfer);
        int remaining = Math.Clamp(transfer.Consumed, 0, total);

        // The CCW where the device stopped taking data is the last one used (Hercules replays
        // its prefetch table the same way to find the SCSW CCW address and residual).
        int k = 0;
        int take = 0;
        for (; k < entries; k++)
        {
            take = Math.Min(remaining, _gathered[k].Count);
            remaining -= take;
            if (take < _gathered[k].Count || k == entries - 1) break;
        }
        ref GatherEntry last = ref _gathered[k];
        _lastFlags = last.Flags;
        residual = last.Count - take;
        cpa = last.Address + 8;
        chan = IncorrectLength(last.Flags, residual, transfer.More);
        if (Tracer != null)
        {
            for (int i = 0; i <= k; i++)
            {
                ref GatherEntry e = ref _gathered[i];
                bool isLast = i == k;
                int moved = isLast ? take : e.Count;
                Trace(sch, e.Address, e.Raw, st.Format, isLast ? unit : UnitStatus.None, isLast ? chan : SubchannelStatus.None,
                    isLast ? residual : 0, _buffer.AsSpan(e.Offset, moved), moved);
            }
        }
    }

    /// <summary>
    /// IL when the count and the device's data disagree (§3.4): a residual with CD set (SLI is
    /// ignored under CD) or without SLI, or more data than the counts allowed without SLI.
    /// </summary>
    private static SubchannelStatus IncorrectLength(CcwFlags flags, int residual, bool more) =>
        CcwRules.IsIncorrectLength(flags, residual, more) ? SubchannelStatus.IncorrectLength : SubchannelStatus.None;

    private static bool IsCommandReject(Subchannel sch, UnitStatus unit)
    {
        if ((unit & UnitStatus.UnitCheck) == 0) return false;
        var sense = sch.Device.Sense;
        return sense.Length > 0 && (sense[0] & 0x80) != 0;
    }

    /// <summary>
    /// Fetches the CCW that continues a data chain after the one at <paramref name="address"/>:
    /// a TIC is followed (data chaining goes through a TIC, Hercules), the command code is not
    /// validated, and count zero (format-1), suspend and MIDA are program checks (§1.5, §9.1).
    /// </summary>
    private SubchannelStatus FetchContinuation(Subchannel sch, ref ProgramState st, ref uint address,
        out ulong raw, out CcwFlags flags, out int count, out uint data, ref bool pci)
    {
        uint next = address + 8;
        bool afterTic = false;
        uint ticNext = 0;
        while (true)
        {
            _executed++;
            var status = FetchCcw(ref st, next, out raw);
            if (status != SubchannelStatus.None)
            {
                address = afterTic ? ticNext - 8 : next;
                flags = CcwFlags.None;
                count = 0;
                data = 0;
                return status;
            }
            var ccw = Ccw.Decode(st.Format, raw).ToFormat1View(st.Format);
            byte code = ccw.Command;
            flags = ccw.Flags;
            count = ccw.Count;
            data = ccw.DataAddress;
            if (CommandClassifier.IsTic(code, st.Format))
            {
                bool bad = !CcwRules.IsValidTic(ccw, st.Format, afterTic);
                if (Tracer != null) Trace(sch, next, raw, st.Format, UnitStatus.None, bad ? SubchannelStatus.ProgramCheck : SubchannelStatus.None, 0, default, 0);
                if (bad || BudgetSpent)
                {
                    // Data chaining through a TIC loop is bounded by the budget like any loop.
                    _budgetHit = !bad;
                    address = next;
                    count = 0;
                    return SubchannelStatus.ProgramCheck;
                }
                ticNext = next + 8;
                afterTic = true;
                next = data;
                continue;
            }
            address = next;
            if ((flags & CcwFlags.ProgramControlledInterruption) != 0)
            {
                pci = true;
                sch.ProgramControlledInterruptions++;
            }
            if (count == 0) return SubchannelStatus.ProgramCheck;
            if ((flags & (CcwFlags.Suspend | CcwFlags.ModifiedIndirectData)) != 0) return SubchannelStatus.ProgramCheck;
            bool skip = (flags & CcwFlags.Skip) != 0;
            return skip ? SubchannelStatus.None : CheckArea(ref st, flags, data, count, backward: false);
        }
    }

    private void EnsureBuffer(int length)
    {
        if (_buffer.Length < length) Array.Resize(ref _buffer, Math.Max(length, _buffer.Length * 2));
    }
}
