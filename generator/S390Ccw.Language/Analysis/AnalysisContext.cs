using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// What every walk of one assembly shares: the programs (to name CCWs by source line), the split
/// points, and the diagnostics found so far (each reported once, however many walks meet it).
/// </summary>
internal sealed class AnalysisContext
{
    private readonly Dictionary<string, AssembledProgram> _programs = new(System.StringComparer.Ordinal);
    private readonly HashSet<(uint, uint)> _splits = new();
    private readonly HashSet<string> _reported = new(System.StringComparer.Ordinal);

    public AnalysisContext(AssemblyResult result, string? filePath)
    {
        FilePath = filePath;
        foreach (var program in result.Programs)
        {
            _programs[program.Name] = program;
            foreach (var split in program.SplitPoints) _splits.Add((split.TicAddress, split.TargetAddress));
        }
    }

    /// <summary>For a program known only by its bytes (no source to name CCWs by line).</summary>
    public AnalysisContext(IEnumerable<(uint TicAddress, uint TargetAddress)> splits)
    {
        foreach (var split in splits) _splits.Add(split);
    }

    public string? FilePath { get; }

    public List<PrefetchHazard> Hazards { get; } = new();

    public List<CcwDiagnostic> Diagnostics { get; } = new();

    public bool IsSplit(uint ticAddress, uint target) => _splits.Contains((ticAddress, target));

    public AssembledProgram? Program(string? name) =>
        name is not null && _programs.TryGetValue(name, out var p) ? p : null;

    /// <summary>The CCW of <paramref name="program"/> assembled at <paramref name="address"/> (its own origin), if any.</summary>
    public static AssembledCcw? CcwAt(AssembledProgram program, uint address)
    {
        foreach (var ccw in program.Ccws)
        {
            if (ccw.Address == address) return ccw;
        }
        return null;
    }

    /// <summary>Reports a diagnostic once per key; false when it was already reported.</summary>
    public bool Report(string key, DiagnosticDescriptor descriptor, SourceSpan span, out CcwDiagnostic diagnostic, params object[] args)
    {
        diagnostic = new CcwDiagnostic(descriptor, descriptor.Format(args), FilePath, span);
        if (!_reported.Add(descriptor.Id + ":" + key)) return false;
        Diagnostics.Add(diagnostic);
        return true;
    }

    /// <summary>The mnemonic a channel would see in 8 bytes: TIC for any TIC of the format, the table's name, or the code.</summary>
    public static string Mnemonic(Doubleword dw, CcwFormat format)
    {
        if (!dw.IsKnown) return "unknown bytes";
        if (dw.Value == 0) return "zeros";
        byte code = (byte)(dw.Value >> 56);
        return Mnemonic(code, format);
    }

    public static string Mnemonic(byte code, CcwFormat format)
    {
        if (CommandClassifier.IsTic(code, format)) return "TIC";
        return CommandTable.TryGet(code, out var info) ? info.Mnemonic : $"CCW 0x{code:X2}";
    }
}
