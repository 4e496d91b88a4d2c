using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using S390Ccw.Language;

namespace S390Ccw.Benchmarks;

/// <summary>
/// Parse + bind + encode of a generated 10,000-line source (issue 2). Floor: 25,000 lines/s, i.e. at most
/// 400 ms per run. Lines/s = 10,000 / mean; allocation per source character = Allocated / SourceCharacters
/// (printed once by <see cref="Setup"/>).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    public const int Lines = 10_000;

    private string _source = string.Empty;

    public int SourceCharacters => _source.Length;

    [GlobalSetup]
    public void Setup()
    {
        _source = Generate(Lines);
        var result = CcwAssembler.Assemble(_source);
        if (result.HasErrors) throw new InvalidOperationException("The generated source has errors: " + result.Diagnostics[0]);
        int lineCount = _source.Split('\n').Length - 1;
        Console.WriteLine($"// LanguageBenchmarks: {lineCount} lines, {_source.Length} characters, {result.Programs.Count} programs");
    }

    [Benchmark]
    public int AssembleTenThousandLines() => CcwAssembler.Assemble(_source).Programs.Count;

    /// <summary>
    /// A mix of statement kinds in programs of 51 lines (whole programs, so slightly over
    /// <paramref name="lines"/>: 10,000 gives 10,050 lines) and one volume, like real .ccw files.
    /// </summary>
    public static string Generate(int lines)
    {
        var sb = new StringBuilder();
        int written = 0;
        int program = 0;
        while (written < lines)
        {
            uint origin = 0x10000u + ((uint)program * 0x1000);
            sb.Append("program p").Append(program).Append(" format0 at 0x").Append(origin.ToString("X")).Append("   ; generated\n");
            written++;
            for (int i = 0; i < 12; i++)
            {
                sb.Append("    READ cyl0 trk1 rec").Append(1 + (i % 3)).Append(" -> 0x").Append((0x80000 + (i * 0x100)).ToString("X")).Append(", CC\n");
                sb.Append("l").Append(program).Append('_').Append(i).Append(": SEEK a").Append(program).Append(", CC   // seek\n");
                sb.Append("    SEARCH_ID_EQ s").Append(program).Append(", CC|SLI, len 5\n");
                sb.Append("    TIC *-8\n");
                written += 4;
            }
            {
                sb.Append("a").Append(program).Append(": arg seek cyl 0 head 1\n");
                sb.Append("s").Append(program).Append(": arg search cyl 0 head 1 rec 2\n");
                written += 2;
            }
            program++;
        }
        sb.Append("volume BENCH1 3390 cylinders 1\n");
        sb.Append("    record 0 1 1 data ebcdic \"RECORD ONE\"\n");
        sb.Append("    record 0 1 2 data word 1, 2, 3, 4\n");
        sb.Append("    record 0 1 3 data psw 0x000A0000_0000BEEF\n");
        return sb.ToString();
    }
}
