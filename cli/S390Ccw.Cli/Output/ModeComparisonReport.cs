using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using S390Ccw.Runtime.Ipl;

namespace S390Ccw.Cli.Output;

/// <summary>
/// <c>ccw ipl --compare-modes</c> answers one question: can QEMU's BIOS boot this volume through
/// vfio-ccw as the machine does? The verdict decides the exit code (0 yes, 1 no); each mode's line says
/// why, and plain prefetch is marked as failing by design.
/// </summary>
internal static class ModeComparisonReport
{
    /// <summary>
    /// Why plain prefetch always fails: the implied READ IPL has CC set and stores IPL1's CCWs at 0x08 as it
    /// runs, but a prefetching channel (Linux vfio-ccw) copied the chain before they arrived
    /// (SA22-7832, ch. 17, "Initial Program Loading"; Linux drivers/s390/cio/vfio_ccw_cp.c).
    /// </summary>
    public const string PrefetchExpected =
        "expected: a prefetching channel copies the chain before READ IPL stores IPL1's CCWs at 0x08, so plain prefetch never gets past IPL1 on any volume";

    public static bool QemuBiosBootsAsHardware(IReadOnlyList<ModeComparison> modes) =>
        modes[0].Result.Succeeded && modes.Single(m => m.Mode == IplMode.QemuBios).Agrees;

    public static string Verdict(IReadOnlyList<ModeComparison> modes)
    {
        if (!modes[0].Result.Succeeded) return "verdict: the volume does not boot on the machine either, so QEMU's BIOS cannot boot it as the machine does (exit code 1)";
        return QemuBiosBootsAsHardware(modes)
            ? "verdict: QEMU's BIOS boots this volume through vfio-ccw as the machine does (exit code 0)"
            : "verdict: QEMU's BIOS does NOT boot this volume through vfio-ccw as the machine does (exit code 1)";
    }

    public static void WriteText(TextWriter w, IReadOnlyList<ModeComparison> modes)
    {
        foreach (var m in modes) WriteLine(w, m);
        w.WriteLine(Verdict(modes));
    }

    public static void WriteLine(TextWriter w, ModeComparison m)
    {
        if (m.Mode == IplMode.Hardware)
        {
            w.WriteLine($"Hardware: {(m.Result.Succeeded ? $"PSW={m.Result.Psw}" : $"failed: {m.Result.FailureMessage}")} (the reference)");
            return;
        }
        w.WriteLine(m.Mode == IplMode.Prefetch && !m.Agrees ? $"{m.Summary} ({PrefetchExpected})" : m.Summary);
        foreach (var split in m.Result.Splits) w.WriteLine($"  QEMU's BIOS split the chain: {split}");
    }

    public static void WriteJson(Stream stream, string image, ushort deviceNumber, IReadOnlyList<ModeComparison> modes)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("image", image);
        w.WriteString("deviceNumber", deviceNumber.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteBoolean("qemuBiosBootsAsHardware", QemuBiosBootsAsHardware(modes));
        w.WriteString("verdict", Verdict(modes));
        w.WriteStartArray("modes");
        foreach (var m in modes)
        {
            w.WriteStartObject();
            w.WriteString("mode", m.Mode.ToString());
            w.WriteBoolean("succeeded", m.Result.Succeeded);
            if (m.Result.Psw is { } psw) w.WriteString("psw", psw.ToString());
            else w.WriteNull("psw");
            if (m.Result.FailureMessage is { } failure) w.WriteString("failure", failure);
            else w.WriteNull("failure");
            w.WriteBoolean("samePsw", m.SamePsw);
            w.WriteBoolean("baBitAdded", m.BaBitAdded);
            w.WriteBoolean("sameStorage", m.SameStorage);
            w.WriteBoolean("agreesWithHardware", m.Agrees);
            if (m.FirstDivergentCcw is int index)
            {
                w.WriteNumber("firstDivergentCcw", index);
                if (index < m.Trace.Count) w.WriteString("firstDivergentCcwAddress", $"{m.Trace[index].CcwAddress:X8}");
            }
            if (m.FirstDifferentByte is uint address) w.WriteString("firstDifferentByte", $"{address:X8}");
            w.WriteNumber("ccwsExecuted", m.Result.CcwsExecuted);
            w.WriteStartArray("splits");
            foreach (var split in m.Result.Splits) w.WriteStringValue(split.ToString());
            w.WriteEndArray();
            if (m.Mode == IplMode.Prefetch && !m.Agrees) w.WriteString("note", PrefetchExpected);
            w.WriteString("summary", m.Summary);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
