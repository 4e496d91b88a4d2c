using System;
using System.Collections.Generic;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using Xunit;

namespace S390Ccw.Runtime.Tests.Channel;

/// <summary>
/// Seeded property: a record of random length read through a random data chain of direct and
/// IDA areas lands byte for byte in those areas, and the SCSW names the CCW where the data ended,
/// its residual, and IL exactly when the record length differs from the chain's total count.
/// </summary>
public sealed class DataChainPropertyTests
{
    [Fact]
    public void RandomChains_StoreTheRecordInOrder()
    {
        const int seed = 390;
        var rng = new Random(seed);
        for (int run = 0; run < 1500; run++)
        {
            var bed = new ChannelTestBed();
            int ccws = rng.Next(1, 6);
            var counts = new int[ccws];
            var areas = new List<(long Address, int Length)>[ccws];
            uint next = 0x10000;
            uint idawList = 0x8000;
            int total = 0;
            for (int i = 0; i < ccws; i++)
            {
                counts[i] = rng.Next(1, 5000);
                total += counts[i];
                areas[i] = new List<(long, int)>();
                bool ida = rng.Next(2) == 0;
                uint data;
                if (!ida)
                {
                    data = next + (uint)rng.Next(0, 64);
                    areas[i].Add((data, counts[i]));
                    next = (data + (uint)counts[i] + 0x800) & ~0x7FFu;
                }
                else
                {
                    // First IDAW anywhere in a 2K block, the rest on block starts (SA22-7832 ch. 15, count and data address; ch. 16, "Program Check").
                    data = idawList;
                    uint address = next + (uint)rng.Next(0, 2048);
                    int left = counts[i];
                    while (left > 0)
                    {
                        bed.Storage.WriteUInt32(idawList, address);
                        idawList += 4;
                        int n = Math.Min(left, 2048 - (int)(address & 2047));
                        areas[i].Add((address, n));
                        left -= n;
                        address = ((address + (uint)n + 2047) & ~2047u) + (uint)(rng.Next(0, 3) * 2048);
                    }
                    next = (address + 0x800) & ~0x7FFu;
                }
                var flags = (i < ccws - 1 ? CcwFlags.ChainData : CcwFlags.None) | (ida ? CcwFlags.IndirectData : CcwFlags.None);
                bed.Put(0x1000 + (uint)(i * 8), CcwFormat.Format1, new Ccw(0x02, flags, (ushort)counts[i], data));
            }

            int length = rng.Next(0, total + 100);
            var record = new byte[length];
            rng.NextBytes(record);
            bed.Device.ReadData = record;
            bed.Start(0x1000);
            var scsw = bed.Test();
            string where = $"seed {seed}, run {run}, counts [{string.Join(",", counts)}], length {length}";

            int offset = 0;
            int last = 0;
            for (int i = 0; i < ccws; i++)
            {
                last = i;
                foreach (var (address, n) in areas[i])
                {
                    int take = Math.Max(0, Math.Min(n, length - offset));
                    Assert.True(record.AsSpan(offset, take).SequenceEqual(bed.Storage.ReadBytes(address, take)), where);
                    offset += take;
                }
            }
            // The channel chains on when a CCW's count is exhausted, so the CCW reported is the
            // first whose cumulative count exceeds the record, or the last of the chain.
            int before = 0;
            last = 0;
            while (last < ccws - 1 && before + counts[last] <= length) before += counts[last++];
            int stored = Math.Min(counts[last], Math.Max(0, length - before));
            Assert.True(0x1000u + (uint)(last * 8) + 8 == scsw.CcwAddress, where);
            Assert.True(counts[last] - stored == scsw.ResidualCount, where);
            var expected = length == total ? SubchannelStatus.None : SubchannelStatus.IncorrectLength;
            Assert.True(expected == scsw.SubchannelStatus, $"{where}: {scsw}");
        }
    }
}
