using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace S390Ccw.Analyzers.Tests.Agreement;

/// <summary>
/// A seeded random bootable volume in the CCW language, varying what decides how the machine and QEMU's
/// BIOS boot it: the volume size (1 to 65,520 cylinders, so that records above cylinder 32,767 occur),
/// record shapes (sizes from 1 byte to a few KB, keys or none), IPL1's form (READ_DATA + TIC, or a TIC
/// spelled 0x18 that QEMU's check_ipl1 refuses), and IPL2's parts: high-level READs of data records,
/// READ_KD / READ_CKD / multi-track reads after their own Seek and Search, a `READ next` without a Seek
/// (which the machine runs after IPL1 and QEMU's new start rejects), a search for a record the volume
/// lacks, data chaining, and a stage 3 loaded at 0x6000 and entered by a TIC right after its READ_DATA
/// (QEMU splits there) or after a NOP (QEMU cannot). The chain ends by reading a PSW record over 0.
/// </summary>
internal static class RandomIplVolume
{
    private static readonly int[] CylinderChoices = { 1, 2, 15, 3339, 10017, 32767, 32768, 32769, 40000, 65520 };

    public static string Generate(int seed)
    {
        var random = new Random(seed);
        int cylinders = random.Next(3) == 0 ? random.Next(1, 65521) : CylinderChoices[random.Next(CylinderChoices.Length)];
        var records = new List<string>();
        var used = new HashSet<(int, int, int)>();
        var nextOnTrack = new Dictionary<(int, int), int>();

        // A record on a random track (track 0 of cylinder 0 keeps R1-R3 for the standard layout, head 1 its VTOC).
        (int C, int H, int R) Place()
        {
            while (true)
            {
                int c = random.Next(4) == 0 ? 0 : random.Next(cylinders);
                int h = random.Next(15);
                if (c == 0 && h <= 1) continue;
                nextOnTrack.TryGetValue((c, h), out int r);
                if (r >= 6) continue;
                r++;
                nextOnTrack[(c, h)] = r;
                used.Add((c, h, r));
                return (c, h, r);
            }
        }
        string Data(int length)
        {
            if (length > 8) return Inv($"data space {length}");
            var bytes = new string[length];
            for (int i = 0; i < length; i++) bytes[i] = random.Next(256).ToString(CultureInfo.InvariantCulture);
            return "data byte " + string.Join(", ", bytes);
        }
        (int C, int H, int R, int Length, int Key) DataRecord()
        {
            var (c, h, r) = Place();
            int length = random.Next(4) switch { 0 => random.Next(1, 9), 1 => random.Next(9, 200), 2 => random.Next(200, 2000), _ => random.Next(2000, 6000) };
            int key = random.Next(3) == 0 ? random.Next(1, 9) : 0;
            records.Add(Inv($"    record {c} {h} {r} ") + (key > 0 ? Inv($"key space {key} ") : "") + Data(length));
            return (c, h, r, length, key);
        }

        var ipl2 = new StringBuilder();
        var arguments = new StringBuilder();
        var psw = Place();
        records.Add(Inv($"    record {psw.C} {psw.H} {psw.R} data psw 0x000A0000_0000{seed & 0xFFFF:X4}"));
        int parts = random.Next(1, 5);
        uint area = 0x10000;
        bool transferred = false;
        for (int i = 0; i < parts && !transferred; i++)
        {
            int kind = random.Next(20);
            if (kind < 8)
            {
                var d = DataRecord();
                string sli = random.Next(5) == 0 ? "" : ", SLI";
                string len = sli.Length == 0 ? Inv($", len {d.Length}") : random.Next(3) == 0 ? Inv($", len {random.Next(1, 300)}") : "";
                ipl2.Append(Inv($"    READ cyl{d.C} trk{d.H} rec{d.R} -> 0x{area:X}, CC{sli}{len}\n"));
            }
            else if (kind < 11)
            {
                // Key and data, count-key-data, or multi-track read data, after a Seek and a Search of their own.
                var d = DataRecord();
                string code = random.Next(3) switch { 0 => "READ_KD", 1 => "READ_CKD", _ => "READ_DATA_MT" };
                ipl2.Append(Inv($"    SEEK sk{i}, CC\nsr{i}: SEARCH_ID_EQ sa{i}, CC\n    TIC sr{i}\n    {code} 0x{area:X}, CC, SLI, len {d.Length + d.Key + 8}\n"));
                Args(i, d.C, d.H, d.R);
            }
            else if (kind < 13)
            {
                // No Seek: after IPL1 the machine reads the next record; a new start of QEMU's rejects it.
                ipl2.Append(Inv($"    READ next -> 0x{area:X}, CC, SLI, len 64\n"));
            }
            else if (kind < 14)
            {
                // A record the volume lacks: the machine ends in No Record Found.
                ipl2.Append(Inv($"    SEEK sk{i}, CC\nsr{i}: SEARCH_ID_EQ sa{i}, CC\n    TIC sr{i}\n    READ_DATA 0x{area:X}, CC, SLI, len 8\n"));
                Args(i, 0, 1, 200);
            }
            else if (kind < 16)
            {
                // Data chaining over two areas.
                var d = DataRecord();
                ipl2.Append(Inv($"    SEEK sk{i}, CC\nsr{i}: SEARCH_ID_EQ sa{i}, CC\n    TIC sr{i}\n    READ_DATA 0x{area:X}, CD, len {Math.Max(1, d.Length / 2)}\n    CCW 0x06, 0x{area + 0x8000:X}, CC|SLI, {d.Length}\n"));
                Args(i, d.C, d.H, d.R);
            }
            else
            {
                // Stage 3 at 0x6000: NOP, then the PSW record over 0.
                var s3 = Place();
                records.Add(Inv($"    record {s3.C} {s3.H} {s3.R} data program stage3"));
                bool splittable = random.Next(3) != 0;
                ipl2.Append(Inv($"    READ cyl{s3.C} trk{s3.H} rec{s3.R} -> 0x6000, CC, SLI\n"));
                if (!splittable) ipl2.Append("    NOP CC\n");
                ipl2.Append("    TIC 0x6000\n");
                transferred = true;
            }
            area += 0x10000;
        }
        if (!transferred) ipl2.Append(Inv($"    READ cyl{psw.C} trk{psw.H} rec{psw.R} -> 0, SLI\n"));

        var text = new StringBuilder();
        text.Append("program ipl1 format0 at 0\n    psw 0x00080000_80002000\n    READ next -> ipl2, CC, SLI, len 1024\n");
        text.Append(random.Next(8) == 0 ? "    CCW 0x18, ipl2, 0, 1\n" : "    TIC ipl2\n");
        text.Append("program ipl2 format0 at 0x2000\n").Append(ipl2).Append(arguments);
        text.Append(Inv($"program stage3 format0 at 0x6000\n    NOP CC\n    READ cyl{psw.C} trk{psw.H} rec{psw.R} -> 0, SLI\n"));
        text.Append(Inv($"volume RANDV 3390 cylinders {cylinders}\n    standard track0 ipl1=ipl1 ipl2=ipl2\n"));
        foreach (var r in Order(records)) text.Append(r).Append('\n');
        return text.ToString();

        void Args(int i, int c, int h, int r)
        {
            arguments.Append(Inv($"sk{i}: arg seek cyl {c} head {h}\n    align 8\nsa{i}: arg search cyl {c} head {h} rec {r}\n    align 8\n"));
        }
    }

    /// <summary>Records in CCHHR order, as the language wants them.</summary>
    private static IEnumerable<string> Order(List<string> records)
    {
        var keyed = new List<(long, string)>();
        foreach (var r in records)
        {
            var parts = r.Trim().Split(' ');
            long key = (long.Parse(parts[1], CultureInfo.InvariantCulture) << 20) | (long.Parse(parts[2], CultureInfo.InvariantCulture) << 8) | long.Parse(parts[3], CultureInfo.InvariantCulture);
            keyed.Add((key, r));
        }
        keyed.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        foreach (var (_, r) in keyed) yield return r;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
