using System;
using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// The static prefetch-hazard analysis (docs/diagnostics.md CCW0202-CCW0209; docs/architecture.md, "The
/// prefetch analysis"). It follows, without running anything, each chain an assembly defines: the IPL
/// of each volume that has an IPL1 record (the implied READ IPL at 0, format-0, CC|SLI, count 24;
/// SA22-7832 ch. 17, "Initial Program Loading"), with QEMU's BIOS flow for the same volume, and each
/// program started at its first CCW. Reads place the record's bytes, or unknown bytes when the build
/// cannot see them, in a model of storage; a CCW the chain runs after the chain stored different or
/// unknown bytes over it is a prefetch hazard, classified against QEMU's BIOS (QEMU
/// pc-bios/s390-ccw/dasd-ipl.c). Shared by the generator, the analyzers, the CLI and the language
/// server; it never throws on any assembly.
/// </summary>
public static class PrefetchAnalysis
{
    /// <summary>The implied IPL CCW: READ IPL 0x02, address 0, CC|SLI (0x60), count 24 (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl).</summary>
    private static readonly Ccw ImpliedIpl = new(CommandCodes.ReadIpl, CcwFlags.ChainCommand | CcwFlags.SuppressLength, 24, 0);

    public static ChainAnalysisResult Analyze(AssemblyResult result, string? filePath = null)
    {
        if (result is null) throw new ArgumentNullException(nameof(result));
        var context = new AnalysisContext(result, filePath);
        var entries = new List<ChainEntry>();
        var ipls = new List<IplVerdict>();
        try
        {
            var ipl1Programs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var volume in result.Volumes)
            {
                var r1 = Find(volume, new Cchhr(0, 0, 1));
                if (r1 is null) continue;
                if (r1.SourceProgram is { } name) ipl1Programs.Add(name);
                var entry = new ChainEntry(ChainEntryKind.Ipl, volume.Volser, 0, volume.Span);
                entries.Add(entry);
                var storage = new AbstractStorage();
                var implied = ImpliedIpl.ToBytes(CcwFormat.Format0);
                storage.Write(0, implied, 0, implied.Length);
                var qemu = QemuBiosFlow.Run(context, volume, entry);
                var walker = new ChainWalker(context, entry, CcwFormat.Format0, new StaticDasd(volume, chainStart: true), storage, Array.Empty<AssembledProgram>())
                {
                    Qemu = qemu,
                };
                walker.Run();
                ReportQemuVerdict(context, volume, entry, walker, qemu);
                ipls.Add(Verdict(volume, walker, qemu));
            }
            foreach (var program in result.Programs)
            {
                if (program.Ccws.Count == 0 || ipl1Programs.Contains(program.Name)) continue;
                var entry = new ChainEntry(ChainEntryKind.Program, program.Name, program.Ccws[0].Address, program.Span);
                entries.Add(entry);
                var storage = new AbstractStorage();
                storage.Write(program.Origin, program.Bytes, 0, program.Bytes.Length);
                var device = new StaticDasd(VolumeOf(program, result.Volumes), chainStart: false);
                new ChainWalker(context, entry, program.Format, device, storage, new[] { program }).Run();
            }
            foreach (var program in result.Programs) CheckLiteralPool(program, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of ours must not take the IDE or the build down: report it like the assembler does.
            context.Report("analysis", DiagnosticCatalog.InternalError, SourceSpan.Start, out _, "prefetch analysis: " + e.GetType().Name + ": " + e.Message);
        }
        var diagnostics = new List<CcwDiagnostic>(context.Diagnostics);
        diagnostics.Sort((a, b) => a.Span.Position.CompareTo(b.Span.Position));
        return new ChainAnalysisResult(context.Hazards, diagnostics, entries, ipls);
    }

    /// <summary>
    /// The hazards of one program started at <paramref name="entry"/> with only its bytes in storage, for
    /// callers that hold a program as bytes (the generator's models): the same walk as
    /// <see cref="Analyze"/>, without source lines in the messages.
    /// </summary>
    public static IReadOnlyList<PrefetchHazard> AnalyzeProgram(string name, CcwFormat format, uint origin, byte[] bytes, uint entry,
        IEnumerable<(uint TicAddress, uint TargetAddress)> splits, VolumeDefinition? volume)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        var context = new AnalysisContext(splits ?? Array.Empty<(uint, uint)>());
        try
        {
            var storage = new AbstractStorage();
            storage.Write(origin, bytes, 0, bytes.Length);
            var walkEntry = new ChainEntry(ChainEntryKind.Program, name, entry, SourceSpan.Start);
            new ChainWalker(context, walkEntry, format, new StaticDasd(volume, chainStart: false), storage, Array.Empty<AssembledProgram>()).Run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No verdict rather than a crash in the generator; Analyze reports such defects as CCW0099.
            return Array.Empty<PrefetchHazard>();
        }
        return context.Hazards;
    }

    /// <summary>
    /// CCW0208: QEMU's BIOS flow breaks on a volume whose hardware IPL does not fail (it completes, or the
    /// walk cannot see how it ends), reported at the CCW where the flow breaks.
    /// </summary>
    private static void ReportQemuVerdict(AnalysisContext context, VolumeDefinition volume, ChainEntry entry, ChainWalker hardware, QemuVerdict qemu)
    {
        if (qemu.Kind != QemuVerdictKind.Fails || hardware.Outcome.End is WalkEnd.Failed) return;
        // ipl1_fixup's own CCWs sit at 0x08-0x1F and IPL1's READ and TIC move to 0x20: name them by IPL1's READ.
        uint address = qemu.Address < 0x20 ? 0x08 : qemu.Address < 0x30 ? qemu.Address - 0x18 : qemu.Address;
        var span = hardware.SpanOf(address) ?? entry.Span;
        string where = $"CCW at 0x{qemu.Address:X8}";
        string why = qemu.Why + (qemu.Guessed ? " (as far as this build can see)" : "");
        context.Report("qemu:" + volume.Volser, DiagnosticCatalog.QemuBiosCannotBoot, span, out _, where, volume.Volser, why);
    }

    private static IplVerdict Verdict(VolumeDefinition volume, ChainWalker hardware, QemuVerdict qemu)
    {
        bool guessed = hardware.Guessed;
        bool? machine = hardware.Outcome.End switch
        {
            WalkEnd.Completed => guessed ? null : true,
            WalkEnd.Failed => guessed ? null : false,
            _ => null,
        };
        bool? boots = qemu.Guessed ? null : qemu.Kind switch
        {
            QemuVerdictKind.Boots => true,
            QemuVerdictKind.Fails => false,
            _ => null,
        };
        return new IplVerdict(volume.Volser, machine, boots, $"0x{qemu.Address:X8}: {qemu.Why}");
    }

    /// <summary>The volume whose records hold the program, else the only volume of the file, else none.</summary>
    private static VolumeDefinition? VolumeOf(AssembledProgram program, IReadOnlyList<VolumeDefinition> volumes)
    {
        foreach (var volume in volumes)
        {
            foreach (var record in volume.Records)
            {
                if (record.SourceProgram == program.Name) return volume;
            }
        }
        return volumes.Count == 1 ? volumes[0] : null;
    }

    private static RecordDefinition? Find(VolumeDefinition volume, Cchhr address)
    {
        foreach (var record in volume.Records)
        {
            if (record.Address == address) return record;
        }
        return null;
    }

    /// <summary>CCW0206: an input CCW whose area covers the program's own Seek and Search arguments.</summary>
    private static void CheckLiteralPool(AssembledProgram program, AnalysisContext context)
    {
        if (program.LiteralPoolLength == 0) return;
        uint poolStart = program.LiteralPoolAddress;
        uint poolEnd = poolStart + (uint)program.LiteralPoolLength;
        foreach (var ccw in program.Ccws)
        {
            var c = ccw.Ccw;
            if (!CommandClassifier.IsInput(c.Command, program.Format) || c.Has(CcwFlags.Skip) || c.Has(CcwFlags.IndirectData) || c.Count == 0) continue;
            ulong start = c.DataAddress;
            ulong end = start + c.Count;
            if (start < poolEnd && end > poolStart)
            {
                context.Report($"{ccw.Address:X8}", DiagnosticCatalog.ReadOverLiteralPool, ccw.Span, out _,
                    $"{ccw.Mnemonic} at 0x{ccw.Address:X8}", c.Count, (uint)start, (uint)(end - 1), program.Name, poolStart, poolEnd - 1);
            }
        }
    }
}
