using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// The hazard half of the walk. A segment begins at the chain's start (where a prefetching channel
/// copies the program) and again wherever a split restarts the chain: at a TIC marked <c>split</c>,
/// and at a hazard QEMU's BIOS splits (its next start copies the program afresh, QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL"). The
/// first store into a page during a segment keeps a copy of what the page held; fetching a CCW later
/// whose bytes differ from that copy is a hazard. Every store is kept as a range, so the writer of any
/// doubleword can be named.
/// </summary>
internal sealed partial class ChainWalker
{
    private readonly Dictionary<uint, AbstractStorage.Page?> _originalPages = new();
    private readonly List<StoreRange> _stores = new();
    private readonly HashSet<uint> _reportedWriters = new();

    /// <summary>Index in <see cref="_stores"/> of the segment's first store.</summary>
    private int _segmentStores;

    /// <summary>The last CCW fetched with known bytes.</summary>
    private uint? _lastFetched;

    /// <summary>True once the segment has reported a hazard.</summary>
    private bool _segmentReported;

    /// <summary>Walks forked so far for outcomes the walk could not see, shared by every branch of one chain.</summary>
    private sealed class ForkBudget
    {
        public const int Limit = 64;

        public int Used;

        public readonly HashSet<uint> At = new();
    }

    private ForkBudget _forks = new();

    /// <summary>
    /// Follows the other outcome of a search taken to match: no match, so the chain goes on at the CCW after
    /// <paramref name="search"/> (usually the TIC back to the search), on copies of storage, device and
    /// segment state. Each search forks once, and a chain forks at most <see cref="ForkBudget.Limit"/> times;
    /// past that the walk says it cannot follow every outcome (CCW0209).
    /// </summary>
    private void Fork(uint search, long index)
    {
        uint next = search + 8;
        if (_prefetchedStart) return;
        // The Search + TIC *-8 loop: no match only runs the TIC back to the search, which is checked here.
        var dw = _storage.ReadDoubleword(next);
        if (dw.IsKnown && CommandClassifier.IsTic((byte)(dw.Value >> 56), _format) && Ccw.Decode(_format, dw.Value).DataAddress == search)
        {
            Fetch(next, Reach.CommandChain, 0, -1);
            return;
        }
        if (!_forks.At.Add(next)) return;
        if (++_forks.Used > ForkBudget.Limit)
        {
            var ended = _ended;
            StopUnknown(next, "searches whose outcome the build cannot see branch more often than the analysis follows");
            _ended = ended;
            return;
        }
        var fork = new ChainWalker(_context, _entry, _format, _device.Clone(), _storage.Clone(), _loaded)
        {
            Qemu = Qemu,
            _forks = _forks,
            _segmentStores = _segmentStores,
            _segmentReported = _segmentReported,
            _lastFetched = _lastFetched,
        };
        foreach (var pair in _originalPages) fork._originalPages.Add(pair.Key, pair.Value);
        fork._stores.AddRange(_stores);
        fork._reportedWriters.UnionWith(_reportedWriters);
        fork.RunFrom(next, Reach.CommandChain, index);
        _reportedWriters.UnionWith(fork._reportedWriters);
    }

    private void StartSegment()
    {
        _originalPages.Clear();
        _segmentStores = _stores.Count;
        _segmentReported = false;
    }

    /// <summary>
    /// The walk cannot follow the chain past the CCW at <paramref name="address"/>. That is said as
    /// information (CCW0209), never left as silence; and since what runs there may be anything, a
    /// segment that stored bytes and reported no hazard yet reports one at its last store: unknown is
    /// not safe.
    /// </summary>
    private void StopUnknown(uint address, string why)
    {
        End(WalkEnd.Unknown, address, why);
        if (_prefetchedStart) return;
        var at = Name(address, "the CCW");
        // Where the chain left what the build knows: the CCW itself when it has a source line, else the
        // CCW that led there (the TIC into loaded bytes, the read before them).
        var span = at.Span ?? (_lastFetched is { } last ? Name(last, "").Span : null) ?? _entry.Span;
        _context.Report($"stop:{_entry.Name}:{address:X8}", DiagnosticCatalog.ChainNotFollowed, span, out _, at.Describe(), why);
        if (_segmentReported || _stores.Count == _segmentStores) return;
        var store = _stores[_stores.Count - 1].Record;
        if (!_reportedWriters.Add(store.Writer.Address)) return;
        Report(store, address, new Doubleword(0, 0xFF), _storage.ReadDoubleword(address), PrefetchHazardKind.NotBootableByQemuBios,
            $"the chain goes on at 0x{address:X8}, where {why}, and may run what this CCW stored", null);
    }

    private void Store(ExecutedCcw writer, uint address, DeviceResult result, int offset, int length)
    {
        uint firstPage = AbstractStorage.PageOf(address);
        uint lastPage = AbstractStorage.PageOf(unchecked(address + (uint)length - 1));
        for (uint page = firstPage; ; page++)
        {
            if (!_originalPages.ContainsKey(page)) _originalPages[page] = _storage.CopyPage(page);
            if (page == lastPage) break;
        }
        var record = new StoreRecord(writer, result.Record, unchecked(address - (uint)offset + (uint)result.DataOffset));
        _stores.Add(new StoreRange(address, (ulong)address + (ulong)length, record));
        if (result.Input is { } input) _storage.Write(address, input, offset, length);
        else _storage.WriteUnknown(address, length);
    }

    /// <summary>The latest store that wrote any byte of the doubleword at <paramref name="address"/>.</summary>
    private StoreRecord? StoreOf(uint address)
    {
        for (int i = _stores.Count - 1; i >= 0; i--)
        {
            var range = _stores[i];
            if (range.Start < (ulong)address + 8 && range.End > address) return range.Record;
        }
        return null;
    }

    private readonly record struct StoreRange(ulong Start, ulong End, StoreRecord Record);

    /// <summary>Fetches the CCW at <paramref name="address"/>, reporting a hazard when the segment changed it.</summary>
    private Doubleword Fetch(uint address, Reach reach, uint ticAddress, long beforeTic)
    {
        var now = _storage.ReadDoubleword(address);
        if (now.IsKnown) _lastFetched = address;
        if (!_originalPages.TryGetValue(AbstractStorage.PageOf(address), out var page)) return now;
        var before = AbstractStorage.ReadDoubleword(page, address);
        if (before.SameAs(now) || StoreOf(address) is not { } store) return now;
        if (_prefetchedStart)
        {
            // This start was copied before the chain stored over the CCW: the stale copy runs.
            End(WalkEnd.StaleCcw, address, $"the start runs the copy of the CCW at 0x{address:X8} it took before {AnalysisContext.Mnemonic(store.Writer.Command, _format)} at 0x{store.Writer.Address:X8} overwrote it");
            return now;
        }
        var (kind, reason, splitTic) = Classify(store.Writer, address, reach, ticAddress, beforeTic);
        if (_reportedWriters.Add(store.Writer.Address)) Report(store, address, now, before, kind, reason, splitTic);
        // QEMU's BIOS would start this part afresh; what follows is judged against a new copy.
        if (kind == PrefetchHazardKind.SafeWithBiosSplit) StartSegment();
        return now;
    }

    private (PrefetchHazardKind Kind, string Reason, uint? SplitTic) Classify(ExecutedCcw writer, uint victim, Reach reach, uint ticAddress, long beforeTic)
    {
        if (writer.Implied)
        {
            // QEMU runs READ IPL alone, then IPL1 from 0x08, if check_ipl1 finds READ_DATA (06) and TIC (08).
            byte read = _storage.ReadDoubleword(0x08).ToBytes()[0];
            byte tic = _storage.ReadDoubleword(0x10).ToBytes()[0];
            if (victim is 0x08 or 0x10 && read == CommandCodes.ReadData && tic == CommandCodes.TransferInChannel)
                return (PrefetchHazardKind.SafeWithBiosSplit, "QEMU runs READ IPL on its own, then IPL1's READ_DATA and TIC", null);
            return (PrefetchHazardKind.NotBootableByQemuBios,
                $"IPL1 is {AnalysisContext.Mnemonic(read, CcwFormat.Format0)} + {AnalysisContext.Mnemonic(tic, CcwFormat.Format0)}, and QEMU's check_ipl1 accepts only READ_DATA (06) + TIC (08)", null);
        }
        bool readData = writer.Command is CommandCodes.ReadData or CommandCodes.ReadDataMultiTrack;
        if (!readData)
            return (PrefetchHazardKind.NotBootableByQemuBios,
                $"the CCWs are loaded by {AnalysisContext.Mnemonic(writer.Command, _format)} (0x{writer.Command:X2}), and QEMU's BIOS splits a chain only after READ_DATA (0x06 or 0x86)", null);
        if (reach == Reach.Tic && ticAddress == writer.Address + 8 && beforeTic == writer.Index)
        {
            byte ticCode = _storage.ReadDoubleword(ticAddress).ToBytes()[0];
            if (ticCode == CommandCodes.TransferInChannel && Qemu is { Kind: QemuVerdictKind.Fails } qemu && !IsIplStage(writer, ticAddress))
                return (PrefetchHazardKind.NotBootableByQemuBios, $"QEMU's BIOS would split at the TIC at 0x{ticAddress:X8}, but its flow breaks at 0x{qemu.Address:X8}: {qemu.Why} (CCW0208)", ticAddress);
            if (ticCode == CommandCodes.TransferInChannel)
                return (PrefetchHazardKind.SafeWithBiosSplit, $"mark the TIC at 0x{ticAddress:X8} with 'split'", ticAddress);
            return (PrefetchHazardKind.NotBootableByQemuBios,
                $"the TIC after the READ is spelled 0x{ticCode:X2}, and QEMU's scan recognises only 0x08", null);
        }
        string why = reach switch
        {
            Reach.CommandChain => "the chain runs into the new CCWs by command chaining (as zipl's LDL stage 0 does), with no TIC to split at",
            Reach.DataChain => "a data-chained CCW is taken from the area just read, with no TIC to split at",
            _ => $"they are reached through the TIC at 0x{ticAddress:X8}, which is not the one right after the READ",
        };
        return (PrefetchHazardKind.NotBootableByQemuBios, why, null);
    }

    private void Report(StoreRecord store, uint victimAddress, Doubleword now, Doubleword before, PrefetchHazardKind kind, string reason, uint? splitTic)
    {
        var writer = store.Writer;
        var writerCcw = writer.Implied
            ? new HazardCcw(0, "the implied READ IPL", null, null)
            : Name(writer.Address, AnalysisContext.Mnemonic(writer.Command, _format));
        string victimMnemonic = AnalysisContext.Mnemonic(now, _format);
        var victim = NameFrom(store, victimAddress, victimMnemonic) ?? Name(victimAddress, victimMnemonic);
        string stale = AnalysisContext.Mnemonic(before, _format);
        HazardCcw? tic = splitTic is { } t ? Name(t, "TIC") : null;
        bool known = now.IsKnown;
        string victimText = known
            ? victim.Mnemonic + (victim.Span is { } vs ? $", line {vs.Line}" : "") + (store.Record is { } r ? $", from record {r.Address}" : "")
            : "with data this build cannot see: no record the file declares holds it";
        var span = writerCcw.Span ?? victim.Span ?? _entry.Span;
        var descriptor = kind != PrefetchHazardKind.SafeWithBiosSplit ? DiagnosticCatalog.PrefetchHazardNotBootable
            : IsIplStage(writer, splitTic) ? DiagnosticCatalog.IplStageReadByIpl
            : DiagnosticCatalog.PrefetchHazardSafeWithSplit;
        string key = $"{writer.Address:X8}>{victimAddress:X8}";
        // Every chain keeps its own hazards (a program is hazardous to start on its own even when the
        // IPL that also reaches it reported the same CCWs); the diagnostic is reported once.
        _context.Report(key, descriptor, span, out var diagnostic, writerCcw.Describe(), victimAddress, victimText, stale, reason);
        _segmentReported = true;
        _context.Hazards.Add(new PrefetchHazard(_entry, writerCcw, victim, stale, kind, kind == PrefetchHazardKind.SafeWithBiosSplit ? null : reason, tic, diagnostic)
        {
            Proved = known && !_device.Guessed,
        });
    }

    /// <summary>
    /// The IPL's own two stages (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl): READ IPL storing IPL1 over 0x08-0x17, and IPL1's READ at 0x08
    /// loading IPL2 that its TIC at 0x10 enters. Every bootable volume has them, the machine's IPL does not
    /// prefetch, and QEMU's BIOS runs them as separate starts, so they are information, not a warning.
    /// </summary>
    private bool IsIplStage(ExecutedCcw writer, uint? splitTic) =>
        _entry.Kind == ChainEntryKind.Ipl && (writer.Implied || (writer.Address == 0x08 && splitTic == 0x10));

    /// <summary>The source line of the CCW the chain ran at <paramref name="address"/>, when the walk can name one.</summary>
    public SourceSpan? SpanOf(uint address) => Name(address, "").Span;

    /// <summary>Names a CCW by where its bytes came from: a record holding a program, or a program loaded at the start.</summary>
    private HazardCcw Name(uint address, string mnemonic)
    {
        var store = StoreOf(address);
        if (store is not null && NameFrom(store, address, mnemonic) is { } fromRecord) return fromRecord;
        foreach (var program in _loaded)
        {
            if (AnalysisContext.CcwAt(program, address) is { } ccw && store is null)
                return new HazardCcw(address, mnemonic, program.Name, ccw.Span);
        }
        return new HazardCcw(address, mnemonic, null, null);
    }

    private HazardCcw? NameFrom(StoreRecord store, uint address, string mnemonic)
    {
        if (_context.Program(store.Record?.SourceProgram) is not { } program) return null;
        uint offset = unchecked(address - store.DataStart);
        if (offset >= (uint)program.Bytes.Length) return null;
        return AnalysisContext.CcwAt(program, program.Origin + offset) is { } ccw
            ? new HazardCcw(address, mnemonic, program.Name, ccw.Span)
            : null;
    }

    private void ReportLength(ExecutedCcw read, RecordDefinition record, int count, int total)
    {
        var ccw = Name(read.Address, AnalysisContext.Mnemonic(read.Command, _format));
        _context.Report($"{read.Address:X8}", DiagnosticCatalog.ReadLengthMismatch, ccw.Span ?? _entry.Span, out _,
            ccw.Describe(), record.Address, total, count);
    }

    private void ReportUndefinedRecord(ExecutedCcw search, byte[] argument)
    {
        var ccw = Name(search.Address, AnalysisContext.Mnemonic(search.Command, _format));
        var address = new Devices.Cchhr((argument[0] << 8) | argument[1], (argument[2] << 8) | argument[3], argument[4]);
        _context.Report($"{search.Address:X8}", DiagnosticCatalog.SearchedRecordUndefined, ccw.Span ?? _entry.Span, out _,
            ccw.Describe(), address, _device.Volume?.Volser ?? "?");
    }
}
