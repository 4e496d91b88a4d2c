using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// Follows one chain the way a channel without prefetch runs it (SA22-7832 ch. 15, "Transfer in Channel", "Chaining" and the ORB prefetch control with P = 0): each
/// CCW is fetched when it is reached, command chaining continues at +8 (+16 after status modifier),
/// TICs transfer, a read stores its record's bytes (spread over a data chain) before the next fetch.
/// The walk stops where the channel would end the chain, and where the model cannot know what
/// happens (unknown CCW bytes, commands it does not model), without a verdict past that point.
/// Every fetch is compared with the bytes the segment started with (the prefetched copy): see
/// the Hazards part of this class.
/// </summary>
internal sealed partial class ChainWalker
{
    /// <summary>CCWs one walk executes at most; the runtime's budget plays the same part.</summary>
    public const int Budget = 100_000;

    private readonly AnalysisContext _context;
    private readonly ChainEntry _entry;
    private readonly CcwFormat _format;
    private readonly StaticDasd _device;
    private readonly AbstractStorage _storage;
    private readonly IReadOnlyList<AssembledProgram> _loaded;
    private readonly bool _prefetchedStart;

    /// <summary>For the IPL of a volume: whether QEMU's whole BIOS flow boots it (a split is "safe" only then).</summary>
    public QemuVerdict? Qemu { get; set; }

    /// <param name="context">What every walk of the assembly shares.</param>
    /// <param name="entry">The chain's entry.</param>
    /// <param name="format">The CCW format.</param>
    /// <param name="device">The modelled 3390.</param>
    /// <param name="storage">The modelled storage.</param>
    /// <param name="loaded">Programs whose bytes are in storage at the start (to name their CCWs).</param>
    /// <param name="prefetchedStart">
    /// True to walk one start of QEMU's BIOS: a prefetched channel program, where running a CCW the
    /// chain overwrote ends the walk (<see cref="WalkEnd.StaleCcw"/>) instead of being reported, and
    /// nothing is reported to the context.
    /// </param>
    public ChainWalker(AnalysisContext context, ChainEntry entry, CcwFormat format, StaticDasd device, AbstractStorage storage,
        IReadOnlyList<AssembledProgram> loaded, bool prefetchedStart = false)
    {
        _context = context;
        _entry = entry;
        _format = format;
        _device = device;
        _storage = storage;
        _loaded = loaded;
        _prefetchedStart = prefetchedStart;
    }

    /// <summary>True when the device model answered anything from what the build cannot see.</summary>
    public bool Guessed => _device.Guessed;

    /// <summary>How the chain ended (set by <see cref="Run"/>).</summary>
    public WalkOutcome Outcome { get; private set; } = new(WalkEnd.Unknown, 0, "not run");

    private bool _ended;

    /// <summary>Records the first ending; false, so that callers can <c>return End(...)</c>.</summary>
    private bool End(WalkEnd end, uint address, string why, bool statusModifier = false)
    {
        if (!_ended) Outcome = new WalkOutcome(end, address, why, statusModifier);
        _ended = true;
        return false;
    }

    private bool EndBy(DeviceEnding ending, DeviceResult? result, uint address) => ending switch
    {
        DeviceEnding.UnitCheck => End(WalkEnd.Failed, address, "unit check: " + (result?.Why ?? "the device refused the command")),
        DeviceEnding.UnitException => End(WalkEnd.Failed, address, "unit exception: an end-of-file record"),
        _ => false,
    };

    public void Run() => RunFrom(_entry.Address, Reach.Start, 0);

    private void RunFrom(uint address, Reach reach, long index)
    {
        uint ticAddress = 0;
        long beforeTic = -1;
        bool afterTic = false;
        while (true)
        {
            if (index >= Budget)
            {
                StopUnknown(address, $"the chain runs more than {Budget} CCWs");
                return;
            }
            index++;
            if (!Fetchable(address))
            {
                End(WalkEnd.Failed, address, "channel program check: the CCW address is not a doubleword the channel can fetch");
                return;
            }
            var dw = Fetch(address, reach, ticAddress, beforeTic);
            if (_ended) return;
            if (!dw.IsKnown)
            {
                StopUnknown(address, "its bytes are loaded from data this build cannot see");
                return;
            }
            Decode(dw.Value, out byte code, out var flags, out int count, out uint data);
            var cls = CommandClassifier.Classify(code, _format);

            if (cls == CommandClass.TransferInChannel)
            {
                if (!ValidTic(dw.Value, afterTic))
                {
                    End(WalkEnd.Failed, address, "channel program check: an invalid TIC");
                    return;
                }
                if (!_prefetchedStart && _context.IsSplit(address, data)) StartSegment();
                afterTic = true;
                ticAddress = address;
                beforeTic = index - 1;
                address = data;
                reach = Reach.Tic;
                continue;
            }
            afterTic = false;
            var current = new ExecutedCcw(address, dw.Value, code, index, _entry.Kind == ChainEntryKind.Ipl && index == 1);
            if (!Execute(current, cls, flags, count, data, ref index, out uint last, out var ending))
            {
                End(WalkEnd.Unknown, last, "the chain ended where the walk does not know why");
                return;
            }
            if ((LastFlags & CcwFlags.ChainCommand) == 0)
            {
                End(WalkEnd.Completed, last, "the chain ends", ending == DeviceEnding.StatusModifier);
                return;
            }
            address = last + 8;
            if (ending == DeviceEnding.StatusModifier) address += 8;
            reach = Reach.CommandChain;
        }
    }

    /// <summary>Flags of the last CCW of a data chain (command chaining follows it).</summary>
    private CcwFlags LastFlags { get; set; }

    /// <summary>
    /// Runs one command (and its data chain); false when the chain ends there. <paramref name="last"/>
    /// is the address of the last CCW used.
    /// </summary>
    private bool Execute(ExecutedCcw current, CommandClass cls, CcwFlags flags, int count, uint data, ref long index,
        out uint last, out DeviceEnding ending)
    {
        last = current.Address;
        ending = DeviceEnding.Normal;
        LastFlags = flags;
        // Program checks end the chain: an invalid command code, invalid flags, an invalid count.
        if (cls == CommandClass.Invalid) return End(WalkEnd.Failed, current.Address, $"channel program check: command code 0x{current.Command:X2} is invalid");
        if (!CcwRules.AreFlagsValid(flags)) return End(WalkEnd.Failed, current.Address, "channel program check: invalid flags");
        if (!CcwRules.IsCountValid(_format, flags, count)) return End(WalkEnd.Failed, current.Address, "channel program check: count zero");
        // Suspend, IDA and MIDA are not followed (and MIDA / S without ORB S are program checks anyway).
        if ((flags & (CcwFlags.Suspend | CcwFlags.IndirectData | CcwFlags.ModifiedIndirectData)) != 0)
        {
            StopUnknown(current.Address, "it has S, IDA or MIDA, which the analysis does not follow");
            return false;
        }
        byte code = current.Command;

        if (code == CommandCodes.Nop)
        {
            var nop = _device.Execute(code, count, null);
            ending = nop.Ending;
            return ending is DeviceEnding.Normal or DeviceEnding.StatusModifier || EndBy(ending, nop, current.Address);
        }
        if (cls is CommandClass.Write or CommandClass.Control)
        {
            // The device takes data chaining on reads only (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c): CD on output is a command reject.
            if ((flags & CcwFlags.ChainData) != 0) return End(WalkEnd.Failed, current.Address, "unit check: command reject (data chaining on an output command)");
            var argument = new byte[count];
            var result = _device.Execute(code, count, _storage.TryRead(data, argument) ? argument : null);
            ending = result.Ending;
            if (result.SearchedUndefined && !_prefetchedStart) ReportUndefinedRecord(current, argument);
            if (ending is not (DeviceEnding.Normal or DeviceEnding.StatusModifier)) return EndBy(ending, result, current.Address);
            // A search the walk could not compare was taken to match; the chain may as well go on at the next CCW.
            if (result.Assumed) Fork(current.Address, index);
            int consumed = result.Consumed ?? count;
            // Incorrect length on output: the device took fewer bytes than the count, and no SLI (SA22-7832 ch. 16, "Incorrect Length").
            return count == consumed || (flags & CcwFlags.SuppressLength) != 0
                || End(WalkEnd.Failed, current.Address, $"incorrect length: the device took {consumed} of {count} bytes");
        }
        return ExecuteInput(current, flags, count, data, ref index, out last, out ending);
    }

    private bool ExecuteInput(ExecutedCcw current, CcwFlags flags, int count, uint data, ref long index, out uint last, out DeviceEnding ending)
    {
        last = current.Address;
        var result = _device.Execute(current.Command, count, null);
        ending = result.Ending;
        if (ending == DeviceEnding.UnitCheck) return EndBy(ending, result, current.Address);
        // Unknown data of unknown length may fill every area of the data chain: the walk takes it to.
        bool unbounded = result.Input is null && result.UnknownLength < 0;
        int total = result.Input?.Length ?? (unbounded ? int.MaxValue : result.UnknownLength);
        int offset = 0;
        uint address = current.Address;
        var writer = current;
        int stored;
        while (true)
        {
            stored = System.Math.Min(count, total - offset);
            if ((flags & CcwFlags.Skip) == 0 && stored > 0) Store(writer, data, result, offset, stored);
            bool continues = CcwRules.DataChainContinues(flags, stored, count);
            if (!continues) break;
            offset += stored;
            // The next CCW of the data chain is fetched only now, after this part of the data is in storage.
            if (!FetchDataChained(ref address, ref index, out var raw, out flags, out count, out data)) return false;
            writer = new ExecutedCcw(address, raw, current.Command, index, false);
            LastFlags = flags;
            if (!CcwRules.IsCountValid(_format, flags, count) || !CcwRules.AreFlagsValid(flags))
                return End(WalkEnd.Failed, address, "channel program check: invalid count or flags in the data chain");
        }
        last = address;
        if (unbounded) return true;
        bool more = offset + stored < total;
        bool incorrect = CcwRules.IsIncorrectLength(flags, count - stored, more);
        if (incorrect)
        {
            if (!_prefetchedStart && result.Record is { } record && current.Address == address) ReportLength(current, record, count, total);
            return End(WalkEnd.Failed, address, "incorrect length: the record's length is not the CCW's count, and no SLI");
        }
        return ending is DeviceEnding.Normal or DeviceEnding.StatusModifier || EndBy(ending, result, address);
    }

    /// <summary>The CCW after <paramref name="address"/> in a data chain; TICs are followed (Hercules: data chaining goes through a TIC).</summary>
    private bool FetchDataChained(ref uint address, ref long index, out ulong raw, out CcwFlags flags, out int count, out uint data)
    {
        uint next = address + 8;
        var reach = Reach.DataChain;
        uint ticAddress = 0;
        long beforeTic = -1;
        bool afterTic = false;
        raw = 0;
        flags = CcwFlags.None;
        count = 0;
        data = 0;
        while (index < Budget)
        {
            index++;
            if (!Fetchable(next)) return End(WalkEnd.Failed, next, "channel program check: the CCW address is not a doubleword the channel can fetch");
            var dw = Fetch(next, reach, ticAddress, beforeTic);
            if (_ended) return false;
            if (!dw.IsKnown)
            {
                StopUnknown(next, "the data chain goes on in bytes loaded from data this build cannot see");
                return false;
            }
            Decode(dw.Value, out byte code, out flags, out count, out data);
            if (CommandClassifier.IsTic(code, _format))
            {
                if (!ValidTic(dw.Value, afterTic)) return End(WalkEnd.Failed, next, "channel program check: an invalid TIC");
                afterTic = true;
                ticAddress = next;
                beforeTic = index - 1;
                next = data;
                reach = Reach.Tic;
                continue;
            }
            raw = dw.Value;
            address = next;
            if ((flags & (CcwFlags.Suspend | CcwFlags.IndirectData | CcwFlags.ModifiedIndirectData)) == 0) return true;
            StopUnknown(next, "it has S, IDA or MIDA, which the analysis does not follow");
            return false;
        }
        StopUnknown(next, $"the chain runs more than {Budget} CCWs");
        return false;
    }

    private bool Fetchable(uint address) => CcwRules.IsFetchable(address, _format);

    private bool ValidTic(ulong raw, bool afterTic) => CcwRules.IsValidTic(Ccw.Decode(_format, raw), _format, afterTic);

    private void Decode(ulong raw, out byte code, out CcwFlags flags, out int count, out uint data)
    {
        var ccw = Ccw.Decode(_format, raw).ToFormat1View(_format);
        code = ccw.Command;
        flags = ccw.Flags;
        count = ccw.Count;
        data = ccw.DataAddress;
    }
}
