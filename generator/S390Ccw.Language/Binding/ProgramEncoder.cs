using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>
/// Pass 2: evaluates operands and writes the program's bytes (CCWs, data, literal pool), checking each
/// CCW as the channel would (SA22-7832 ch. 15, "Transfer in Channel", SA22-7832 ch. 15, count and data address; ch. 16, "Program Check"). A high-level READ of a named record expands to the
/// ECKD idiom SEEK, SEARCH_ID_EQ, TIC *-8, READ_DATA (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count), with Seek and Search flagged CC only and
/// their exact argument lengths, as in Hercules' model IPL2 (Hercules dasdblks.h (model IPL records): 07 …40 00 0006, 31 …40 00 0005).
/// </summary>
internal sealed class ProgramEncoder
{
    private readonly ExpressionEvaluator _evaluator;
    private readonly DataEmitter _data;
    private readonly DiagnosticBag _diagnostics;
    private readonly RecordLocator _records;

    public ProgramEncoder(ExpressionEvaluator evaluator, DataEmitter data, DiagnosticBag diagnostics, RecordLocator records)
    {
        _evaluator = evaluator;
        _data = data;
        _diagnostics = diagnostics;
        _records = records;
    }

    public AssembledProgram Encode(ProgramSection program, string sourceText)
    {
        var bytes = new byte[program.TotalSize];
        var ccws = new List<AssembledCcw>();
        var splits = new List<SplitPoint>();
        SourceSpan? pendingSplit = null;
        Cchhr? position = program.StartPosition;
        if (!program.Oversized)
        {
            foreach (var item in program.Items)
            {
                int offset = (int)(item.Address - program.Origin);
                int before = ccws.Count;
                switch (item.Statement)
                {
                    case SplitStatement split:
                        if (pendingSplit is { } earlier) _diagnostics.Report(DiagnosticCatalog.SplitWithoutTic, earlier);
                        pendingSplit = split.Span;
                        continue;
                    case LabelStatement:
                        continue;
                    case CommandStatement command:
                        EncodeCommand(program, item, command, bytes, offset, ccws);
                        position = null;
                        break;
                    case RawCcwStatement raw:
                        EncodeRaw(program, item, raw, bytes, offset, ccws);
                        position = null;
                        break;
                    case ReadStatement read:
                        position = EncodeRead(program, item, read, position, bytes, offset, ccws);
                        break;
                    default:
                        _data.Emit(item.Statement, item.Address, bytes, offset, item.Size);
                        break;
                }
                if (pendingSplit is { } splitSpan)
                {
                    var first = ccws.Count > before ? ccws[before] : null;
                    if (first is not null && first.Ccw.IsTransferInChannel(program.Format))
                        splits.Add(new SplitPoint(first.Address, first.Ccw.DataAddress, splitSpan));
                    else
                        _diagnostics.Report(DiagnosticCatalog.SplitWithoutTic, splitSpan);
                    pendingSplit = null;
                }
            }
            if (pendingSplit is { } last) _diagnostics.Report(DiagnosticCatalog.SplitWithoutTic, last);
            if (program.Pool.Count > 0) program.Pool.CopyTo(bytes, (int)(program.PoolAddress - program.Origin));
        }
        var labels = new Dictionary<string, uint>(program.Labels) { [program.Name] = program.Origin };
        var result = new AssembledProgram(
            program.Name, program.Format, program.Origin, bytes, ccws, labels, program.PoolAddress, program.Pool.Count,
            splits, program.Header.Span, p => ListingWriter.Write(p, program, sourceText, _evaluator.Symbols));
        program.Result = result;
        return result;
    }

    private void EncodeCommand(ProgramSection program, LaidOutItem item, CommandStatement command, byte[] bytes, int offset, List<AssembledCcw> ccws)
    {
        var operands = command.Operands;
        var info = command.Command;
        bool tic = info.Code == CommandCodes.TransferInChannel;
        long address = 0;
        bool ok = true;
        if (operands.Address is { } addressExpression)
        {
            ok = _evaluator.TryEvaluateInRange(addressExpression, item.Address, null, "address", 0, uint.MaxValue, out address);
        }
        else if (tic)
        {
            _diagnostics.Report(DiagnosticCatalog.UnexpectedInput, SourceSpan.InLine(command.Span.End, 0, command.Span.Line, command.Span.EndColumn),
                "the TIC target", "end of line");
            ok = false;
        }
        var flags = Flags(operands.Flags);
        long count;
        if (operands.Length is { } length)
        {
            ok &= _evaluator.TryEvaluateInRange(length, item.Address, null, "count", 0, ushort.MaxValue, out count);
        }
        else if (tic)
        {
            count = 0;
        }
        else if (info.FixedLength > 0)
        {
            count = info.FixedLength;
        }
        else if (info.Direction == DataDirection.None)
        {
            // An immediate command moves no data; count 1, as the placeholder NOP dasdinit writes (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)).
            count = 1;
        }
        else if (operands.Address is SymbolExpression symbol && _evaluator.TryGetSize(symbol.Name, out int size) && size <= ushort.MaxValue)
        {
            count = size;
        }
        else
        {
            _diagnostics.Report(DiagnosticCatalog.CountUnknown, command.Mnemonic.Span, info.Mnemonic,
                "its length depends on the record and the address is not a sized data label");
            count = 0;
            ok = false;
        }
        var ccw = new Ccw(info.Code, flags, (ushort)count, (uint)address);
        Place(program, item.Address, ccw, info.Mnemonic, command.Span, operands.Address?.Span ?? command.Mnemonic.Span, null, bytes, offset, ccws, ok);
    }

    private void EncodeRaw(ProgramSection program, LaidOutItem item, RawCcwStatement raw, byte[] bytes, int offset, List<AssembledCcw> ccws)
    {
        bool ok = _evaluator.TryEvaluateInRange(raw.Command, item.Address, null, "command code", 0, 255, out long command);
        ok &= _evaluator.TryEvaluateInRange(raw.Address, item.Address, null, "address", 0, uint.MaxValue, out long address);
        long flags = 0;
        if (raw.FlagNames is { } names) flags = (long)Flags(names);
        else ok &= _evaluator.TryEvaluateInRange(raw.FlagsValue!, item.Address, null, "flags", 0, 255, out flags);
        ok &= _evaluator.TryEvaluateInRange(raw.Count, item.Address, null, "count", 0, ushort.MaxValue, out long count);
        var ccw = new Ccw((byte)command, (CcwFlags)flags, (ushort)count, (uint)address);
        string mnemonic = CommandTable.TryGet((byte)command, out var info) ? info.Mnemonic : "CCW";
        Place(program, item.Address, ccw, mnemonic, raw.Span, raw.Address.Span, null, bytes, offset, ccws, ok);
    }

    private Cchhr? EncodeRead(ProgramSection program, LaidOutItem item, ReadStatement read, Cchhr? position, byte[] bytes, int offset, List<AssembledCcw> ccws)
    {
        Cchhr? record = read.Record;
        if (record is null && position is { } p) record = new Cchhr(p.Cylinder, p.Head, p.Record + 1);
        bool ok = _evaluator.TryEvaluateInRange(read.Destination, item.Address, null, "destination address", 0, uint.MaxValue, out long destination);
        long count = 0;
        if (read.Tail.Length is { } length)
        {
            ok &= _evaluator.TryEvaluateInRange(length, item.Address, null, "count", 0, ushort.MaxValue, out count);
        }
        else if (_records.TryGetDataLength(program, record, out int dataLength, out string why))
        {
            count = dataLength;
        }
        else
        {
            _diagnostics.Report(DiagnosticCatalog.CountUnknown, read.RecordSpan, "READ " + (read.IsNext ? "next" : record.ToString()), why);
            ok = false;
        }
        uint at = item.Address;
        if (read.Record is { } named)
        {
            if (named.Record > 255)
                _diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, read.RecordSpan, "record number", named.Record, "0 to 255");
            var chain = CcwFlags.ChainCommand;
            Place(program, at, new Ccw(CommandCodes.Seek, chain, 6, item.SeekArgument), "SEEK", read.Span, read.RecordSpan, named, bytes, offset, ccws, true);
            Place(program, at + 8, new Ccw(CommandCodes.SearchIdEqual, chain, 5, item.SearchArgument), "SEARCH_ID_EQ", read.Span, read.RecordSpan, named, bytes, offset + 8, ccws, true);
            Place(program, at + 16, new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, at + 8), "TIC", read.Span, read.RecordSpan, named, bytes, offset + 16, ccws, true);
            at += 24;
            offset += 24;
        }
        var readData = new Ccw(CommandCodes.ReadData, Flags(read.Tail.Flags), (ushort)count, (uint)destination);
        Place(program, at, readData, "READ_DATA", read.Span, read.Destination.Span, record, bytes, offset, ccws, ok);
        return record;
    }

    /// <summary>Writes one CCW and applies the per-CCW checks; <paramref name="valid"/> false skips them (already reported).</summary>
    private void Place(ProgramSection program, uint at, Ccw ccw, string mnemonic, SourceSpan span, SourceSpan addressSpan, Cchhr? record,
        byte[] bytes, int offset, List<AssembledCcw> ccws, bool valid)
    {
        var format = program.Format;
        if (at % 8 != 0) _diagnostics.Report(DiagnosticCatalog.UnalignedCcw, span, mnemonic, at);
        if (valid) CcwChecks.Check(ccw, format, mnemonic, span, addressSpan, _diagnostics);
        ccw.Encode(format, bytes, offset);
        var assembled = new AssembledCcw(at, ccw, mnemonic, span, record);
        ccws.Add(assembled);
        program.CcwSpans.Add((assembled, addressSpan, valid));
    }

    private CcwFlags Flags(IReadOnlyList<FlagOperand> operands)
    {
        var flags = CcwFlags.None;
        foreach (var f in operands)
        {
            if ((flags & f.Flag) != 0) _diagnostics.Report(DiagnosticCatalog.DuplicateFlag, f.Span, f.Text.ToUpperInvariant());
            flags |= f.Flag;
        }
        return flags;
    }
}
