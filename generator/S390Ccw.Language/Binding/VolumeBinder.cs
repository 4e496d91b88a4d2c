using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>
/// Binds volumes in two steps. <see cref="Describe"/> (before programs are encoded) fixes each record's
/// address, key and data length, so that READ counts can come from records. <see cref="Complete"/>
/// (after) fills program bytes, checks the IPL1 record and the 3390 track capacity.
/// </summary>
internal sealed class VolumeBinder
{
    /// <summary>EBCDIC 'IPL1', 'IPL2', 'VOL1': the keys of CDL track 0 (Hercules dasdblks.h, dasdutil.c; s390-tools zipl/src/install.c).</summary>
    private static readonly byte[] Ipl1Key = { 0xC9, 0xD7, 0xD3, 0xF1 };
    private static readonly byte[] Ipl2Key = { 0xC9, 0xD7, 0xD3, 0xF2 };
    private static readonly byte[] Vol1Key = { 0xE5, 0xD6, 0xD3, 0xF1 };

    private readonly ExpressionEvaluator _evaluator;
    private readonly DataEmitter _data;
    private readonly SymbolTable _symbols;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, ProgramSection> _programs;
    private readonly IIncludeResolver _includes;
    private readonly string? _filePath;
    private readonly List<(ProgramSection Program, SourceSpan Span)> _ipl1Checks = new();

    public VolumeBinder(ExpressionEvaluator evaluator, DataEmitter data, SymbolTable symbols, DiagnosticBag diagnostics,
        Dictionary<string, ProgramSection> programs, IIncludeResolver includes, string? filePath)
    {
        _evaluator = evaluator;
        _data = data;
        _symbols = symbols;
        _diagnostics = diagnostics;
        _programs = programs;
        _includes = includes;
        _filePath = filePath;
    }

    public void Describe(VolumeSection volume)
    {
        var header = volume.Header;
        if (!IsValidVolser(volume.Volser)) _diagnostics.Report(DiagnosticCatalog.InvalidVolser, header.Volser.Span, volume.Volser);
        if (header.Model is { } model && _evaluator.TryEvaluateConstant(model, "the model", out long m))
        {
            if (Dasd3390Model.TryGet(m.ToString(System.Globalization.CultureInfo.InvariantCulture), out var found)) volume.Model = found;
            else _diagnostics.Report(DiagnosticCatalog.UnknownModel, model.Span, m);
        }
        if (header.Cylinders is { } cylinders
            && _evaluator.TryEvaluateInRange(cylinders, 0, "the cylinder count", "cylinder count", 1, Dasd3390Model.MaximumCylinders, out long c))
        {
            volume.Model = Dasd3390Model.ForCylinders((int)c);
        }
        foreach (var statement in volume.Body)
        {
            if (statement is RecordStatement record) DescribeRecord(volume, record);
            else if (statement is StandardTrack0Statement track0) DescribeTrack0(volume, track0);
        }
    }

    private void DescribeRecord(VolumeSection volume, RecordStatement record)
    {
        bool ok = _evaluator.TryEvaluateConstant(record.Cylinder, "the cylinder", out long c);
        ok &= _evaluator.TryEvaluateConstant(record.Head, "the head", out long h);
        ok &= _evaluator.TryEvaluateConstant(record.Record, "the record number", out long r);
        if (!ok) return;
        var address = new Cchhr((int)c, (int)h, (int)r);
        if (c < 0 || c >= volume.Model.Cylinders)
            _diagnostics.Report(DiagnosticCatalog.RecordOutsideVolume, record.Cylinder.Span, c, $"the volume has cylinders 0 to {volume.Model.Cylinders - 1}");
        else if (h < 0 || h >= Dasd3390Model.HeadsPerCylinder)
            _diagnostics.Report(DiagnosticCatalog.RecordOutsideVolume, record.Head.Span, h, "a 3390 has heads 0 to 14");
        else if (r < 1 || r > 255)
            _diagnostics.Report(DiagnosticCatalog.RecordOutsideVolume, record.Record.Span, r, "record numbers are 1 to 255 (R0 is written by the image writer)");
        else
        {
            byte[] key = record.Key is { } k ? Content(volume, k, null) ?? new byte[0] : new byte[0];
            if (key.Length > 255)
                _diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, record.Key!.Span, "key length", key.Length, "0 to 255");
            var pending = new PendingRecord(address, key, record.Span);
            var data = Content(volume, record.Data, pending);
            if (pending.Program is null) pending.Data = data ?? new byte[0];
            if (pending.DataLength > ushort.MaxValue)
                _diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, record.Data.Span, "data length", pending.DataLength, "0 to 65535");
            Add(volume, pending);
        }
    }

    private void DescribeTrack0(VolumeSection volume, StandardTrack0Statement track0)
    {
        volume.StandardTrack0 ??= track0;
        volume.VtocTrack = VtocTrack(volume, track0);
        if (Program(track0.Ipl1) is { } ipl1)
        {
            ipl1.IsIpl1 = true;
            ipl1.Volume ??= volume;
            _ipl1Checks.Add((ipl1, track0.Ipl1.Span));
            Add(volume, new PendingRecord(new Cchhr(0, 0, 1), Ipl1Key, track0.Span) { Program = ipl1 });
        }
        if (Program(track0.Ipl2) is { } ipl2)
        {
            ipl2.Volume ??= volume;
            Add(volume, new PendingRecord(new Cchhr(0, 0, 2), Ipl2Key, track0.Span) { Program = ipl2 });
        }
        if (IsValidVolser(volume.Volser))
            Add(volume, new PendingRecord(new Cchhr(0, 0, 3), Vol1Key, track0.Span) { Data = Vol1Label.Build(volume.Volser, volume.VtocTrack) });
    }

    /// <summary>Cylinder 0 head 1, or the track of the <c>vtoc</c> clause: on the volume, and not track 0, which holds the labels.</summary>
    private (int, int) VtocTrack(VolumeSection volume, StandardTrack0Statement track0)
    {
        if (track0.Vtoc is not { } vtoc) return Vtoc.DefaultTrack;
        if (vtoc.Cylinder >= volume.Model.Cylinders)
            _diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, vtoc.Keyword.Span, "VTOC cylinder", vtoc.Cylinder, $"0 to {volume.Model.Cylinders - 1}");
        else if (vtoc.Head >= Dasd3390Model.HeadsPerCylinder || (vtoc.Cylinder == 0 && vtoc.Head == 0))
            _diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, vtoc.Keyword.Span, "VTOC head", vtoc.Head, vtoc.Cylinder == 0 ? "1 to 14 (head 0 of cylinder 0 holds IPL1, IPL2 and VOL1)" : "0 to 14");
        else
            return (vtoc.Cylinder, vtoc.Head);
        return Vtoc.DefaultTrack;
    }

    private byte[]? Content(VolumeSection volume, RecordContent content, PendingRecord? owner)
    {
        if (content.Program is { } name)
        {
            var program = Program(name);
            if (program is null) return null;
            program.Volume ??= volume;
            if (owner is not null)
            {
                owner.Program = program;
                return null;
            }
            return program.Result?.Bytes ?? new byte[program.TotalSize];
        }
        if (content.File is { } file)
        {
            if (_includes.TryRead(_filePath, file.Value, out var bytes, out string error)) return bytes;
            _diagnostics.Report(DiagnosticCatalog.IncludeFailed, file.Span, file.Value, error);
            return null;
        }
        return _data.EmitStandalone(content.Directive!, _symbols);
    }

    private ProgramSection? Program(Name name)
    {
        _symbols.Reference(name.Text, name.Span);
        if (_programs.TryGetValue(name.Text, out var program)) return program;
        _diagnostics.Report(DiagnosticCatalog.UnknownProgram, name.Span, name.Text);
        return null;
    }

    private void Add(VolumeSection volume, PendingRecord record)
    {
        if (volume.ByAddress.TryGetValue(record.Address, out var existing))
        {
            _diagnostics.Report(DiagnosticCatalog.DuplicateRecord, record.Span, record.Address, volume.Volser, existing.Span.Line);
            return;
        }
        volume.ByAddress.Add(record.Address, record);
        volume.Records.Add(record);
    }

    /// <summary>After encoding: program bytes, IPL1 shape, track capacity; returns the finished volume.</summary>
    public VolumeDefinition Complete(VolumeSection volume)
    {
        foreach (var (program, span) in _ipl1Checks)
        {
            if (program.Volume == volume || volume.ByAddress.TryGetValue(new Cchhr(0, 0, 1), out var r1) && r1.Program == program)
                Ipl1Rules.Check(program, span, _diagnostics);
        }
        if (volume.StandardTrack0 is { } track0) AddVtoc(volume, track0);
        var records = new List<RecordDefinition>();
        var sorted = new List<PendingRecord>(volume.Records);
        sorted.Sort((a, b) => Compare(a.Address, b.Address));
        int used = 0;
        Cchhr? track = null;
        foreach (var pending in sorted)
        {
            byte[] data = pending.Data ?? pending.Program?.Result?.Bytes ?? new byte[0];
            var address = pending.Address;
            if (track is not { } t || t.Cylinder != address.Cylinder || t.Head != address.Head)
            {
                track = address;
                used = 0;
            }
            int space = TrackCapacity.RecordSpace(pending.Key.Length, data.Length);
            if (!TrackCapacity.Fits(used, pending.Key.Length, data.Length))
            {
                _diagnostics.Report(DiagnosticCatalog.TrackOverflow, pending.Span, address, pending.Key.Length, data.Length, space,
                    TrackCapacity.TrackLength - used, TrackCapacity.TrackLength);
            }
            used += space;
            records.Add(new RecordDefinition(address, pending.Key, data, pending.Span, pending.Program?.Name));
        }
        return new VolumeDefinition(volume.Volser, volume.Model, records, volume.Header.Span);
    }

    /// <summary>
    /// The VTOC the VOL1 label of <c>standard track0</c> points at fills its track: a record of the source placed
    /// there would overwrite a DSCB, so it is an error at the record.
    /// </summary>
    private void AddVtoc(VolumeSection volume, StandardTrack0Statement track0)
    {
        var used = new HashSet<(int, int)>();
        foreach (var record in volume.Records)
        {
            if ((record.Address.Cylinder, record.Address.Head) == volume.VtocTrack)
                _diagnostics.Report(DiagnosticCatalog.RecordOnVtocTrack, record.Span, record.Address, record.Address.Cylinder, record.Address.Head, volume.Volser);
            used.Add((record.Address.Cylinder, record.Address.Head));
        }
        foreach (var (address, key, data) in Vtoc.Build(volume.Model, volume.VtocTrack, used))
        {
            if (volume.ByAddress.ContainsKey(address)) continue;
            var pending = new PendingRecord(address, key, track0.Span) { Data = data };
            volume.ByAddress.Add(address, pending);
            volume.Records.Add(pending);
        }
    }

    private static int Compare(Cchhr a, Cchhr b) =>
        a.Cylinder != b.Cylinder ? a.Cylinder.CompareTo(b.Cylinder)
        : a.Head != b.Head ? a.Head.CompareTo(b.Head)
        : a.Record.CompareTo(b.Record);

    private static bool IsValidVolser(string volser)
    {
        if (volser.Length < 1 || volser.Length > 6) return false;
        foreach (char c in volser)
        {
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '@' || c == '#' || c == '$')) return false;
        }
        return true;
    }
}
