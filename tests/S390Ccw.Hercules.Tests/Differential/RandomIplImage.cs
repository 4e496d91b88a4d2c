using System;
using System.Collections.Generic;
using S390Ccw.Hercules.Tests.Support;

namespace S390Ccw.Hercules.Tests.Differential;

/// <summary>
/// A seeded random IPL volume for the differential campaign against Hercules, built byte by byte from the
/// public formats and not through the project's assembler or command table: format-0 CCWs are
/// <c>cmd, address (3 bytes), flags, 0, count (2 bytes)</c> (SA22-7832 ch. 15, "Channel-Command Word"),
/// the command codes are the 3390's (IBM 3990 Storage Control Reference; Hercules ckddasd.c), and the
/// image is <see cref="CkdTestVolume"/>'s own writer. IPL1 (R1 on head 0, key 'IPL1') is a PSW, a READ
/// DATA of R2 to 0x2000 and a TIC there; IPL2 (R2, key 'IPL2') is a random chain of Seek + Search ID +
/// TIC *-8 groups followed by reads of every kind (data, key and data, count-key-data, count, R0, home
/// address, multi-track), sequential reads, sense, NOPs, data chaining, SKIP, PCI, counts short and long
/// with and without SLI, searches for missing records and now and then an invalid command; it ends by
/// reading a disabled-wait PSW over 0.
/// </summary>
internal static class RandomIplImage
{
    // Command codes (IBM 3990 Storage Control Reference; Hercules ckddasd.c).
    private const byte ReadIpl = 0x02, Nop = 0x03, Sense = 0x04, ReadData = 0x06, Seek = 0x07, Tic = 0x08, ReadKeyData = 0x0E,
        ReadCount = 0x12, ReadR0 = 0x16, ReadHa = 0x1A, ReadCkd = 0x1E, SetFileMask = 0x1F, ReadSector = 0x22, SetSector = 0x23,
        SearchIdEqual = 0x31, LocateRecord = 0x47, ReadMultipleCkd = 0x5E, DefineExtent = 0x63, SearchIdEqualMt = 0xB1,
        ReadDataMt = 0x86, ReadKeyDataMt = 0x8E, ReadCkdMt = 0x9E, ReadTrack = 0xDE;

    // Flags (SA22-7832 ch. 15).
    private const byte CD = 0x80, CC = 0x40, SLI = 0x20, SKIP = 0x10, PCI = 0x08;

    public const uint Ipl2 = 0x2000;
    public const uint Arguments = 0x2400;
    public const uint Areas = 0x10000;
    public const int AreaSize = 0x1000;
    public const int AreaCount = 8;

    private static readonly byte[] Ipl1Key = { 0xC9, 0xD7, 0xD3, 0xF1 };
    private static readonly byte[] Ipl2Key = { 0xC9, 0xD7, 0xD3, 0xF2 };

    /// <summary>The records of each head, and the storage ranges worth comparing.</summary>
    public static (Dictionary<int, IReadOnlyList<CkdTestRecord>> Heads, (uint Address, int Length)[] Ranges) Generate(int seed)
    {
        var random = new Random(seed);
        var heads = new Dictionary<int, List<CkdTestRecord>>();
        var lengths = new Dictionary<(int Head, int Record), (int Key, int Data)>();
        void Add(int head, byte[] key, byte[] data)
        {
            if (!heads.TryGetValue(head, out var list)) heads[head] = list = new List<CkdTestRecord>();
            byte number = (byte)(list.Count + 1);
            list.Add(new CkdTestRecord(number, key, data));
            lengths[(head, number)] = (key.Length, data.Length);
        }

        // Head 0: R1 IPL1 and R2 IPL2 (filled in below), then data records; heads 1-2: data records.
        Add(0, Ipl1Key, new byte[24]);
        Add(0, Ipl2Key, Array.Empty<byte>());
        for (int head = 0; head < 3; head++)
        {
            int count = random.Next(1, 5);
            for (int i = 0; i < count; i++)
            {
                int length = random.Next(4) switch { 0 => random.Next(0, 9), 1 => random.Next(9, 100), 2 => random.Next(100, 1500), _ => random.Next(1500, 4000) };
                var key = random.Next(3) == 0 ? Bytes(random, random.Next(1, 9)) : Array.Empty<byte>();
                Add(head, key, Bytes(random, length));
            }
        }
        // The final PSW: a disabled wait with the seed in its address.
        int pswHead = random.Next(3);
        var psw = new byte[] { 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, (byte)(seed >> 8), (byte)seed };
        Add(pswHead, Array.Empty<byte>(), psw);
        int pswRecord = heads[pswHead].Count;

        var ccws = new List<byte[]>();
        var arguments = new List<byte[]>();
        uint Argument(params byte[] bytes)
        {
            arguments.Add(bytes);
            return Arguments + (uint)((arguments.Count - 1) * 8);
        }
        uint Here() => Ipl2 + (uint)(ccws.Count * 8);
        uint Argument16(params byte[] bytes)
        {
            uint first = Argument(bytes[..8]);
            Argument(bytes[8..]);
            return first;
        }
        void Ccw(byte code, uint address, byte flags, int count) => ccws.Add(new[]
        {
            code, (byte)(address >> 16), (byte)(address >> 8), (byte)address, flags, (byte)0, (byte)(count >> 8), (byte)count,
        });
        void Locate(int head, int record, bool multiTrack)
        {
            Ccw(Seek, Argument(0, 0, 0, 0, 0, (byte)head), CC, 6);
            uint search = Here();
            Ccw(multiTrack ? SearchIdEqualMt : SearchIdEqual, Argument(0, 0, 0, (byte)head, (byte)record), CC, 5);
            Ccw(Tic, search, 0, 0);
        }
        byte ReadFlags()
        {
            byte flags = CC;
            if (random.Next(10) < 7) flags |= SLI;
            if (random.Next(12) == 0) flags |= SKIP;
            if (random.Next(15) == 0) flags |= PCI;
            return flags;
        }
        int Count(int exact) => random.Next(4) switch { 0 => Math.Max(1, exact - random.Next(1, 8)), 1 => exact + random.Next(1, 16), _ => Math.Max(1, exact) };

        int parts = random.Next(1, 7);
        for (int part = 0; part < parts; part++)
        {
            uint area = Areas + (uint)(random.Next(AreaCount) * AreaSize);
            int head = random.Next(3);
            var records = heads[head];
            int record = random.Next(1, records.Count + 1);
            var (keyLength, dataLength) = lengths[(head, record)];
            switch (random.Next(30))
            {
                case >= 20 and < 22:
                {
                    // Define Extent (mask: inhibit writes; ECKD mode; the whole cylinder), then Locate Record with
                    // mostly valid and now and then invalid parameters: every orientation, read data (06), read (16),
                    // read tracks (0C) or an undefined operation, the auxiliary byte, byte 2, the domain count, the
                    // sector and the transfer-length factor; then the reads of the domain, and one more.
                    Ccw(DefineExtent, Argument16(0x40, 0xC0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14), CC, 16);
                    byte orientation = (byte)(random.Next(4) << 6);
                    byte operation = random.Next(8) switch { 0 or 1 or 2 => 0x06, 3 or 4 => 0x16, 5 or 6 => 0x0C, _ => (byte)random.Next(0, 0x40) };
                    byte aux = random.Next(10) switch { 0 => 0x80, 1 => 0x01, 2 => (byte)(1 << random.Next(1, 7)), _ => 0 };
                    byte byte2 = random.Next(20) == 0 ? (byte)1 : (byte)0;
                    int domain = random.Next(12) == 0 ? 0 : random.Next(1, 3);
                    byte sector = random.Next(10) switch { 0 => 0xFF, 1 => (byte)random.Next(200, 256), _ => 0 };
                    int factor = (aux & 0x80) != 0 || random.Next(15) == 0 ? random.Next(0, 300) : 0;
                    byte searchRecord = (byte)(operation == 0x0C ? 0 : record);
                    Ccw(LocateRecord, Argument16((byte)(orientation | operation), aux, byte2, (byte)domain, 0, 0, 0, (byte)head,
                        0, 0, 0, (byte)head, searchRecord, sector, (byte)(factor >> 8), (byte)factor), CC, 16);
                    for (int d = 0; d < domain + random.Next(2); d++)
                    {
                        byte code = operation == 0x0C && random.Next(4) != 0 ? ReadTrack
                            : random.Next(7) switch { 0 => ReadCount, 1 => ReadR0, 2 => ReadHa, 3 => ReadKeyData, 4 => ReadCkd, _ => ReadData };
                        Ccw(code, area + (uint)(d * 0x400), (byte)(CC | SLI), 0x400);
                    }
                    break;
                }
                case 22:
                    // Set File Mask (inhibit writes, or an invalid mask), alone or after the IPL's own domain.
                    Ccw(SetFileMask, Argument(random.Next(3) == 0 ? (byte)0x20 : (byte)0x40), CC, 1);
                    break;
                case 23:
                    Ccw(ReadIpl, area, (byte)(CC | SLI), 64);
                    break;
                case 24:
                    Ccw(random.Next(2) == 0 ? ReadSector : SetSector, random.Next(2) == 0 ? area : Argument((byte)random.Next(0, 224)), (byte)(CC | SLI), 1);
                    break;
                case 25:
                    Locate(head, record, false);
                    Ccw(ReadMultipleCkd, area, ReadFlags(), 0x800);
                    break;
                case < 6:
                {
                    Locate(head, record, random.Next(8) == 0);
                    var (code, length) = random.Next(6) switch
                    {
                        0 => (ReadKeyData, keyLength + dataLength),
                        1 => (ReadCkd, 8 + keyLength + dataLength),
                        2 => (ReadDataMt, dataLength),
                        _ => (ReadData, dataLength),
                    };
                    Ccw(code, area, ReadFlags(), Count(length));
                    break;
                }
                case < 8:
                    // The record after the last one read, without a new search.
                    Ccw(random.Next(4) == 0 ? ReadKeyDataMt : ReadData, area, ReadFlags(), Count(64));
                    break;
                case < 10:
                    Ccw(Seek, Argument(0, 0, 0, 0, 0, (byte)head), CC, 6);
                    Ccw(random.Next(3) switch { 0 => ReadCount, 1 => ReadR0, _ => ReadCkdMt }, area, ReadFlags(), Count(random.Next(3) == 0 ? 5 : 16));
                    break;
                case < 11:
                    Ccw(Seek, Argument(0, 0, 0, 0, 0, (byte)head), CC, 6);
                    Ccw(ReadHa, area, ReadFlags(), Count(5));
                    break;
                case < 13:
                    Ccw(Nop, 0, (byte)(CC | (random.Next(2) == 0 ? SLI : 0)), random.Next(1, 3));
                    break;
                case < 14:
                    Ccw(Sense, area, (byte)(CC | SLI), 32);
                    break;
                case < 17:
                {
                    // Data chaining over two areas.
                    Locate(head, record, false);
                    int first = Math.Max(1, dataLength / 2 + random.Next(-2, 3));
                    Ccw(ReadData, area, CD, first);
                    Ccw(ReadData, area + 0x800, ReadFlags(), Count(Math.Max(1, dataLength - first)));
                    break;
                }
                case < 18:
                    // A record the track does not have: No Record Found.
                    Locate(head, 77, false);
                    Ccw(ReadData, area, ReadFlags(), 8);
                    break;
                case < 19:
                    // An invalid command code, or one the 3390 rejects.
                    Ccw(random.Next(2) == 0 ? (byte)0x00 : (byte)0xFF, area, CC, 8);
                    break;
                default:
                    Locate(head, record, false);
                    Ccw(ReadData, area, (byte)(CC | SLI), dataLength == 0 ? 1 : dataLength);
                    break;
            }
        }
        Locate(pswHead, pswRecord, false);
        Ccw(ReadData, 0, SLI, 8);

        var ipl2 = new byte[(Arguments - Ipl2) + (arguments.Count * 8)];
        for (int i = 0; i < ccws.Count; i++) ccws[i].CopyTo(ipl2, i * 8);
        for (int i = 0; i < arguments.Count; i++) arguments[i].CopyTo(ipl2, (int)(Arguments - Ipl2) + (i * 8));
        heads[0][1] = new CkdTestRecord(2, Ipl2Key, ipl2);

        // IPL1: PSW (ESA/390, bit 12, entry 0x2000), READ DATA of IPL2 (CC|SLI) and a TIC to it.
        var ipl1 = new byte[]
        {
            0x00, 0x08, 0x00, 0x00, 0x80, 0x00, 0x20, 0x00,
            // Now and then a SEEK instead, which the READ IPL domain refuses.
            random.Next(15) == 0 ? Seek : ReadData, 0x00, 0x20, 0x00, CC | SLI, 0x00, (byte)(ipl2.Length >> 8), (byte)ipl2.Length,
            Tic, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00,
        };
        heads[0][0] = new CkdTestRecord(1, Ipl1Key, ipl1);

        var result = new Dictionary<int, IReadOnlyList<CkdTestRecord>>();
        foreach (var pair in heads) result[pair.Key] = pair.Value;
        return (result, new[] { (0u, 0x18), (Ipl2, ipl2.Length), (Areas, AreaCount * AreaSize) });
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
