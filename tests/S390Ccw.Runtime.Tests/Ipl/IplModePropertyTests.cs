using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using S390Ccw.Runtime.Ipl;
using Xunit;
using Xunit.Sdk;

namespace S390Ccw.Runtime.Tests.Ipl;

/// <summary>
/// Seeded random multi-stage loaders (issue 4's property test). Each stage reads payload records, then
/// either loads the next stage's CCWs and TICs straight to them (the zipl form QEMU's BIOS splits) or
/// puts another CCW between the READ and the TIC (a form the BIOS does not split). Every volume boots in
/// hardware; the prefetching hardware IPL differs from it on every volume (IPL1's CCWs are themselves
/// written by READ IPL); QEMU's BIOS agrees with hardware exactly when every stage is reached in the
/// split form.
/// </summary>
public class IplModePropertyTests
{
    private const int Volumes = 400;

    [Fact]
    public void RandomLoaders_ModesAgreeExactlyAsTheSplitRulePredicts()
    {
        int agreeing = 0;
        for (int seed = 1; seed <= Volumes; seed++)
        {
            var volume = RandomLoader.Generate(seed);
            try
            {
                var modes = IplComparison.Run(BootVolumes.Build(volume.Source));
                var hardware = modes.Single(m => m.Mode == IplMode.Hardware).Result;
                Assert.True(hardware.Succeeded, hardware.FailureMessage);
                Assert.Equal(0x000A0000_0000BEEFUL, hardware.Psw!.Value.Value);
                foreach (var (address, bytes) in volume.Payloads) Assert.Equal(bytes, hardware.Storage.ReadBytes(address, bytes.Length));

                Assert.False(modes.Single(m => m.Mode == IplMode.Prefetch).Agrees);

                var qemu = modes.Single(m => m.Mode == IplMode.QemuBios);
                Assert.True(qemu.Agrees == volume.AllStagesSplittable, qemu.Summary);
                if (qemu.Agrees)
                {
                    agreeing++;
                    Assert.Equal(volume.Stages, qemu.Result.Splits.Count);
                }
            }
            catch (Exception e) when (e is XunitException)
            {
                throw new XunitException($"seed {seed}: {e.Message}\n{volume.Source}");
            }
        }
        // Both outcomes must actually occur, or the property says nothing.
        Assert.InRange(agreeing, Volumes / 10, Volumes - (Volumes / 10));
    }

    /// <summary>A generated volume: its source, what it loads where, and whether QEMU's split rule covers every stage.</summary>
    private sealed record RandomLoader(string Source, IReadOnlyList<(uint Address, byte[] Bytes)> Payloads, int Stages, bool AllStagesSplittable)
    {
        public static RandomLoader Generate(int seed)
        {
            var random = new Random(seed);
            int stages = random.Next(0, 4);
            var programs = new StringBuilder();
            var records = new StringBuilder();
            var payloads = new List<(uint, byte[])>();
            bool splittable = true;
            int nextRecord = 4;
            int pswRecord = nextRecord++;
            uint dataAddress = 0x10000;
            for (int stage = 0; stage <= stages; stage++)
            {
                string name = stage == 0 ? "ipl2" : $"s{stage}";
                uint origin = stage == 0 ? 0x2000u : 0x3000u + ((uint)stage * 0x200);
                programs.Append($"program {name} format0 at 0x{origin:X}\n");
                for (int reads = random.Next(0, 3); reads > 0; reads--)
                {
                    var bytes = new byte[random.Next(1, 40)];
                    random.NextBytes(bytes);
                    int record = nextRecord++;
                    records.Append($"    record 0 0 {record} data {string.Join(", ", bytes.Select(b => $"0x{b:X2}"))}\n");
                    programs.Append($"    READ cyl0 trk0 rec{record} -> 0x{dataAddress:X}, CC\n");
                    payloads.Add((dataAddress, bytes));
                    dataAddress += 0x100;
                }
                if (stage == stages)
                {
                    programs.Append($"    READ cyl0 trk0 rec{pswRecord} -> 0\n");
                    continue;
                }
                int stageRecord = nextRecord++;
                records.Append($"    record 0 0 {stageRecord} data program s{stage + 1}\n");
                programs.Append($"    READ cyl0 trk0 rec{stageRecord} -> s{stage + 1}, CC\n");
                if (random.Next(3) == 0)
                {
                    // A CCW between the READ and the TIC: QEMU's scan does not split this READ (QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL").
                    programs.Append("    NOP 0, CC, len 1\n");
                    splittable = false;
                }
                programs.Append($"    TIC s{stage + 1}\n");
            }
            string source = """
                program ipl1 format0 at 0
                    psw 0x00080000_80002000
                    READ next -> ipl2, CC, SLI, len 400
                    TIC ipl2

                """ + programs + """
                volume PROP01 3390 cylinders 1
                    standard track0 ipl1=ipl1 ipl2=ipl2

                """ + $"    record 0 0 {pswRecord} data psw 0x000A0000_0000BEEF\n" + records;
            return new RandomLoader(source, payloads, stages, splittable);
        }
    }
}
