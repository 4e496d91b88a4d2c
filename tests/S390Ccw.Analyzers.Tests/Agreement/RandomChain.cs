using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace S390Ccw.Analyzers.Tests.Agreement;

/// <summary>
/// A seeded random channel program in the CCW language, with a volume of 1 to 65,520 cylinders whose
/// records, on heads 0-2 of one cylinder (often one above 32,767), hold random CCWs: program <c>main</c>
/// at 0x1000 (24 CCW slots, then its Seek and Search arguments from 0x1100), a load area at 0x1800, and
/// records that main reads into its own slots or
/// into the load area with the ECKD Search + TIC *-8 loop (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count), sequential READ DATA, READ
/// KD or READ CKD, and TICs into what it read. Everything main reads is CCWs, so most programs that
/// run what they read are hazards; the others are not.
/// </summary>
internal static class RandomChain
{
    public const uint Origin = 0x1000;
    public const int Slots = 24;
    public const uint Arguments = 0x1100;
    public const uint LoadArea = 0x1800;
    public const uint AreaEnd = 0x1900;
    public const int Heads = 3;
    public const int RecordsPerTrack = 4;

    private static readonly int[] CylinderChoices = { 1, 1, 1, 3339, 32767, 32768, 40000, 65520 };

    public static string Generate(int seed, out int format)
    {
        var random = new Random(seed);
        format = random.Next(2);
        int cylinders = random.Next(4) == 0 ? random.Next(1, 65521) : CylinderChoices[random.Next(CylinderChoices.Length)];
        // The records' cylinder: the last one, one of the upper half, or 0.
        int cyl = random.Next(3) switch { 0 => 0, 1 => cylinders - 1, _ => random.Next(cylinders) };
        byte ch = (byte)(cyl >> 8), cl = (byte)cyl;
        var records = new Dictionary<(int Head, int Record), (byte[] Key, byte[] Data)>();
        for (int h = 0; h < Heads; h++)
        {
            for (int r = 1; r <= RecordsPerTrack; r++)
            {
                int ccws = random.Next(1, 5);
                var data = new byte[ccws * 8];
                for (int i = 0; i < ccws; i++) Encode(RecordCcw(random, i == ccws - 1), format, data, i * 8);
                // Key "KhrX" in EBCDIC (K=D2, digits F0-F9, X=E7) on a third of the records.
                var key = random.Next(3) == 0 ? new byte[] { 0xD2, (byte)(0xF0 + h), (byte)(0xF0 + r), 0xE7 } : Array.Empty<byte>();
                records[(h, r)] = (key, data);
            }
        }

        var slots = new List<(byte Code, byte Flags, int Count, uint Address)>();
        var arguments = new List<byte[]>();
        uint Argument(byte[] bytes)
        {
            arguments.Add(bytes);
            return Arguments + (uint)((arguments.Count - 1) * 8);
        }
        int head = random.Next(Heads);
        slots.Add((0x07, 0x40, 6, Argument(new byte[] { 0, 0, ch, cl, 0, (byte)head })));
        (byte[] Key, byte[] Data)? lastRead = null;
        while (slots.Count < Slots - 5)
        {
            int op = random.Next(10);
            if (op < 5)
            {
                // Search + TIC *-8 + a read of the record found; now and then a record the track lacks.
                int r = random.Next(12) == 0 ? 9 : random.Next(1, RecordsPerTrack + 1);
                uint search = Origin + (uint)(slots.Count * 8);
                slots.Add((0x31, 0x40, 5, Argument(new byte[] { ch, cl, 0, (byte)head, (byte)r, 0, 0, 0 })));
                slots.Add((0x08, 0, 0, search));
                records.TryGetValue((head, r), out var record);
                lastRead = record.Data is null ? null : record;
                int kind = random.Next(10);
                byte code = kind < 7 ? (byte)0x06 : kind < 9 ? (byte)0x0E : (byte)0x1E;
                slots.Add(Read(random, code, lastRead, slots.Count));
            }
            else if (op < 6 && lastRead is not null)
            {
                slots.Add(Read(random, 0x06, null, slots.Count));
            }
            else if (op < 7)
            {
                head = random.Next(Heads);
                slots.Add((0x07, 0x40, 6, Argument(new byte[] { 0, 0, ch, cl, 0, (byte)head })));
            }
            else if (op < 8)
            {
                slots.Add((0x03, 0x60, 1, 0));
            }
            else
            {
                // A TIC forward in main, or into the load area.
                uint target = random.Next(2) == 0 ? LoadArea + (uint)(random.Next(4) * 8) : Origin + (uint)((slots.Count + 1 + random.Next(3)) * 8);
                slots.Add((0x08, 0, 0, target));
            }
        }
        while (slots.Count < Slots) slots.Add((0x03, 0x20, 1, 0));
        // A TIC to a TIC is a program check the assembler refuses (CCW0107): send those to the load area.
        for (int i = 0; i < slots.Count; i++)
        {
            var s = slots[i];
            int target = (int)(s.Address - Origin) / 8;
            if (s.Code == 0x08 && s.Address >= Origin && target < slots.Count && slots[target].Code == 0x08)
                slots[i] = (0x08, 0, 0, LoadArea);
        }

        var text = new StringBuilder();
        text.Append("program main format").Append(format).Append(" at 0x1000\n");
        foreach (var s in slots) text.Append(Invariant($"    CCW 0x{s.Code:X2}, 0x{s.Address:X}, 0x{s.Flags:X2}, {s.Count}\n"));
        // The arguments start at 0x1100, where the Seek and Search CCWs point.
        text.Append(Invariant($"    space {Arguments - Origin - (Slots * 8)}\n"));
        foreach (var a in arguments) text.Append("    data dword ").Append(string.Join(", ", Dwords(a))).Append('\n');
        text.Append(Invariant($"volume RAND01 3390 cylinders {cylinders}\n"));
        foreach (var pair in records)
        {
            text.Append(Invariant($"    record {cyl} {pair.Key.Head} {pair.Key.Record} "));
            if (pair.Value.Key.Length > 0) text.Append(Invariant($"key ebcdic \"K{pair.Key.Head}{pair.Key.Record}X\" "));
            text.Append("data dword ").Append(string.Join(", ", Dwords(pair.Value.Data))).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Another content for a record: 1 to 4 random record CCWs, as <c>data dword</c> items.</summary>
    public static string RandomRecordData(Random random, int format)
    {
        int ccws = random.Next(1, 5);
        var data = new byte[ccws * 8];
        for (int i = 0; i < ccws; i++) Encode(RecordCcw(random, i == ccws - 1), format, data, i * 8);
        return "data dword " + string.Join(", ", Dwords(data));
    }

    /// <summary>A read into main's own slots (ahead of it) or the load area; exact count or SLI, CC mostly.</summary>
    private static (byte, byte, int, uint) Read(Random random, byte code, (byte[] Key, byte[] Data)? record, int slot)
    {
        uint destination = random.Next(2) == 0
            ? Origin + (uint)((slot + 1 + random.Next(4)) * 8)
            : LoadArea + (uint)(random.Next(4) * 8);
        int length = record is { } r ? code switch { 0x06 => r.Data.Length, 0x0E => r.Key.Length + r.Data.Length, _ => 8 + r.Key.Length + r.Data.Length } : 16;
        byte flags = 0x40;
        int count = length;
        int sli = random.Next(10);
        if (sli < 6) flags |= 0x20;
        if (sli < 3) count = 8 * random.Next(1, 7);
        if (random.Next(10) == 0) flags &= 0xBF;
        return (code, flags, Math.Max(1, count), destination);
    }

    /// <summary>What a record holds: chained NOPs, an ending NOP, or a TIC into main or the load area.</summary>
    private static (byte, byte, int, uint) RecordCcw(Random random, bool last)
    {
        int k = random.Next(10);
        if (k < 2 || (last && k < 5)) return (0x08, 0, 0, random.Next(2) == 0 ? LoadArea + (uint)(random.Next(4) * 8) : Origin + (uint)(random.Next(Slots) * 8));
        if (last || k < 4) return (0x03, 0x20, 1, 0);
        return (0x03, 0x60, 1, 0);
    }

    private static void Encode((byte Code, byte Flags, int Count, uint Address) c, int format, byte[] into, int at)
    {
        new Language.Encoding.Ccw(c.Code, (Language.Encoding.CcwFlags)c.Flags, (ushort)c.Count, c.Address)
            .Encode((Language.Encoding.CcwFormat)format, into, at);
    }

    /// <summary>The bytes as doublewords (the last one padded with zeros), fewer expressions to parse than bytes.</summary>
    private static IEnumerable<string> Dwords(byte[] bytes)
    {
        for (int i = 0; i < bytes.Length; i += 8)
        {
            ulong v = 0;
            for (int j = 0; j < 8; j++) v = (v << 8) | (i + j < bytes.Length ? bytes[i + j] : 0u);
            yield return "0x" + v.ToString("X16", CultureInfo.InvariantCulture);
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
