using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>
/// Pass 1: gives every statement of a program its address and size and defines its labels. Sizes never
/// depend on operand values (only on constants such as <c>space N</c>), so one pass places everything
/// and every label is known before any operand is evaluated. The literal pool follows the body on a
/// doubleword boundary; identical Seek or Search arguments share one pool entry.
/// </summary>
internal static class ProgramLayout
{
    /// <summary>Largest <c>align</c> boundary (a 4 KB page).</summary>
    public const int MaximumAlignment = 4096;

    /// <summary>Largest program accepted (16 MiB, all of format-0 storage): larger ones are reported, not built.</summary>
    public const long MaximumProgramSize = 0x0100_0000;

    public static void Layout(ProgramSection program, SymbolTable symbols, ExpressionEvaluator evaluator, DiagnosticBag diagnostics)
    {
        long limit = program.Format == CcwFormat.Format0 ? Ccw.Format0AddressLimit : Ccw.Format1AddressLimit;
        long location = program.Origin;
        var poolIndex = new Dictionary<string, int>();
        var poolEntries = new List<(LaidOutItem Item, byte[] Seek, byte[] Search)>();
        foreach (var statement in program.Body)
        {
            long address = location;
            int size = 0;
            int? dataSize = null;
            switch (statement)
            {
                case CommandStatement:
                case RawCcwStatement:
                    size = Ccw.Size;
                    break;
                case ReadStatement read:
                    size = read.IsNext ? Ccw.Size : 4 * Ccw.Size;
                    break;
                case PswStatement:
                    size = 8;
                    dataSize = 8;
                    break;
                case DataStatement data:
                    size = (dataSize = DataEmitter.SizeOf(data)).Value;
                    break;
                case TextStatement text:
                    size = (dataSize = text.Text.Value.Length).Value;
                    break;
                case ArgumentBlockStatement argument:
                    size = (dataSize = argument.Size).Value;
                    break;
                case SpaceStatement space:
                    if (evaluator.TryEvaluateConstant(space.Size, "the size of 'space'", out long n))
                    {
                        if (n < 0 || n > Ccw.Format0AddressLimit)
                            diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, space.Size.Span, "space size", n, ExpressionEvaluator.Range(0, Ccw.Format0AddressLimit));
                        else size = (int)n;
                    }
                    dataSize = size;
                    break;
                case AlignStatement align:
                    if (evaluator.TryEvaluateInRange(align.Boundary, 0, "the boundary of 'align'", "alignment", 1, MaximumAlignment, out long boundary))
                    {
                        size = (int)((boundary - (location % boundary)) % boundary);
                    }
                    break;
            }
            var item = new LaidOutItem(statement, (uint)address, size);
            program.Items.Add(item);
            if (statement is ReadStatement { Record: { } record })
            {
                poolEntries.Add((item, record.ToSeekArgument(), record.ToSearchArgument()));
            }
            if (statement.Label is { } label)
            {
                uint labelAddress = statement is AlignStatement ? (uint)(address + size) : (uint)address;
                if (symbols.Define(new Symbol(label.Text, labelAddress, label.Span, program.Name, dataSize), diagnostics))
                    program.Labels[label.Text] = labelAddress;
            }
            location += size;
        }
        program.BodyEnd = (uint)location;
        program.PoolAddress = (uint)((location + 7) & ~7L);
        foreach (var (item, seek, search) in poolEntries)
        {
            item.SeekArgument = AddToPool(program, poolIndex, seek);
            item.SearchArgument = AddToPool(program, poolIndex, search);
        }
        long end = program.Pool.Count > 0 ? program.PoolAddress + program.Pool.Count : location;
        if (end - program.Origin > MaximumProgramSize)
        {
            program.Oversized = true;
            diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, program.Header.Name.Span, "program size", end - program.Origin,
                ExpressionEvaluator.Range(0, MaximumProgramSize));
        }
        else if (end > limit)
        {
            diagnostics.Report(DiagnosticCatalog.ProgramTooHigh, program.Header.Name.Span, program.Name, end,
                program.Format == CcwFormat.Format0 ? "format-0" : "format-1");
        }
    }

    private static uint AddToPool(ProgramSection program, Dictionary<string, int> index, byte[] entry)
    {
        string key = System.BitConverter.ToString(entry);
        if (!index.TryGetValue(key, out int offset))
        {
            offset = program.Pool.Count;
            program.Pool.AddRange(entry);
            index.Add(key, offset);
        }
        return program.PoolAddress + (uint)offset;
    }
}
