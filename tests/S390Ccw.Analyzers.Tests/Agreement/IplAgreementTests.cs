using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using S390Ccw.Language;
using S390Ccw.Language.Analysis;
using S390Ccw.Runtime.Ipl;
using Xunit;
using Xunit.Abstractions;

namespace S390Ccw.Analyzers.Tests.Agreement;

/// <summary>
/// The static verdict on a volume's IPL against the runtime's IPL of the same volume, on random volumes
/// (<see cref="RandomIplVolume"/>): the static walk of the machine's chain completes exactly when the
/// runtime's hardware IPL succeeds, and the static walk of QEMU's BIOS flow boots exactly when the
/// runtime's QEMU-BIOS mode boots the volume to the same PSW and storage as the hardware IPL.
/// CCW_IPL_AGREEMENT_SEED sets the first seed, CCW_IPL_AGREEMENT_COUNT the number of volumes.
/// </summary>
public sealed class IplAgreementTests
{
    private readonly ITestOutputHelper _output;

    public IplAgreementTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void RandomVolumes_StaticIplVerdictMatchesRuntime()
    {
        int baseSeed = Setting("CCW_IPL_AGREEMENT_SEED", 20_261_130);
        int volumes = Setting("CCW_IPL_AGREEMENT_COUNT", 600);
        int machineBoots = 0, qemuBoots = 0, large = 0, unknown = 0;
        var failures = new List<string>();
        var options = new IplOptions { StorageSize = 0x100000, CcwBudget = 5000 };
        for (int i = 0; i < volumes && failures.Count < 5; i++)
        {
            int seed = baseSeed + i;
            string text = RandomIplVolume.Generate(seed);
            var assembly = CcwAssembler.Assemble(text, "/ipl.ccw");
            if (assembly.HasErrors)
            {
                failures.Add($"seed {seed}: the generated volume does not assemble: {assembly.Diagnostics.First(d => d.Severity == Language.Diagnostics.DiagnosticSeverity.Error)}\n{text}");
                continue;
            }
            var analysis = PrefetchAnalysis.Analyze(assembly);
            var verdict = analysis.Ipls.Single();
            if (assembly.Volumes[0].Cylinders >= 32768) large++;
            using var store = RuntimeRun.Store(assembly);
            var modes = IplComparison.Run(store, options);
            var hardware = modes.Single(m => m.Mode == IplMode.Hardware).Result;
            var qemu = modes.Single(m => m.Mode == IplMode.QemuBios);
            bool runtimeQemuBoots = hardware.Succeeded && qemu.Result.Succeeded && qemu.Agrees;
            if (hardware.Succeeded) machineBoots++;
            if (runtimeQemuBoots) qemuBoots++;
            if (verdict.MachineCompletes is null || verdict.QemuBoots is null)
            {
                // Every record is declared, so the only thing the build cannot see is a record the volume lacks.
                unknown++;
                if (!analysis.Diagnostics.Any(d => d.Id == "CCW0205"))
                    failures.Add($"seed {seed}: the verdict is unknown ({verdict.Why}) on a volume that declares every record it reads\n{text}");
                continue;
            }
            bool staticQemuBoots = verdict.MachineCompletes == true && verdict.QemuBoots == true;
            if (verdict.MachineCompletes != hardware.Succeeded || staticQemuBoots != runtimeQemuBoots)
            {
                failures.Add($"seed {seed} (CCW_IPL_AGREEMENT_SEED={seed} reproduces it first): static says machine {(verdict.MachineCompletes == true ? "completes" : "fails")}, " +
                    $"QEMU {(staticQemuBoots ? "boots" : "cannot boot")} ({verdict.Why}); runtime: hardware {hardware}, QEMU {qemu.Result} (agrees with hardware: {qemu.Agrees})\n{text}");
            }
        }
        _output.WriteLine($"base seed {baseSeed}: {volumes} volumes ({large} of 32,768 cylinders or more), machine boots {machineBoots}, QEMU boots {qemuBoots}, static verdict unknown {unknown}, {failures.Count} disagreements");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // Both verdicts must occur often, or the property proves little.
        Assert.InRange(qemuBoots, volumes / 10, machineBoots - (volumes / 10));
        Assert.True(large > 0);
    }

    private static int Setting(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;
}
