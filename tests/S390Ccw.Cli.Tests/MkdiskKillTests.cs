using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Images;
using Xunit;

namespace S390Ccw.Cli.Tests;

/// <summary>
/// `ccw mkdisk` of a two-file volume, killed (SIGKILL) at random moments: afterwards the volume is
/// the old one or the complete new one, never file 1 of one and file 2 of the other, and the next run
/// removes the temporaries the killed ones left. Some kills aim at the switch itself: the writer's
/// crash-test pause (CkdImageSwitch) holds it at the commit point and between the renames.
/// </summary>
public sealed class MkdiskKillTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public MkdiskKillTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    /// <summary>2,521 cylinders: one more than a file holds (2,519), so the volume is vol_1 and vol_2, written sparse to stay fast.</summary>
    private static string Source(string tag) => $"""
        volume KILL01 3390 cylinders 2521
            record 0 0 4 data ebcdic "{tag}"
            record 2520 0 1 data ebcdic "{tag}"
        """;

    [Fact]
    public void KilledAtRandomMoments_LeavesTheOldOrTheNewVolume_AndTheNextRunCleansUp()
    {
        int seed = Environment.TickCount;
        var random = new Random(seed);
        // In memory where there is a tmpfs: 22 runs write 150 MB of null tracks each, which a shared disk makes slow.
        using var tool = Directory.Exists("/dev/shm") ? new CcwTool("/dev/shm") : new CcwTool();
        string volume = tool.PathOf("vol.3390");
        var first = Stopwatch.StartNew();
        Assert.True(Mkdisk(tool, "V00", pauseMs: 0, killAfterMs: null), "the first, complete run failed");
        string current = "V00";
        // Random kills spread over a whole run, as long as the first one took.
        double runMs = Math.Max(200, first.Elapsed.TotalMilliseconds);
        int leftovers = 0;
        var clock = Stopwatch.StartNew();

        for (int round = 1; round <= 20; round++)
        {
            string tag = $"V{round:D2}";
            bool atSwitch = round % 2 == 0;
            // Half the kills fall anywhere in a run; the other half at the switch, held 150 ms per step.
            int killAfter = atSwitch ? -random.Next(0, 450) : random.Next(0, (int)runMs);
            bool completed = Mkdisk(tool, tag, pauseMs: atSwitch ? 150 : 0, killAfterMs: killAfter);
            leftovers += tool.Files().Count(f => Path.GetFileName(f).EndsWith(".tmp", StringComparison.Ordinal) || f.EndsWith(".ccw-switch", StringComparison.Ordinal));

            string found = ReadTags(volume, $"seed {seed}, round {round}");
            Assert.True(completed ? found == tag : found == current || found == tag,
                $"seed {seed}, round {round}: the volume holds {found}, expected {(completed ? "" : current + " (old) or ")}{tag} (new)");
            current = found;
            _output.WriteLine($"round {round}: kill after {killAfter} ms{(atSwitch ? " of the switch" : "")}, completed {completed}, volume {found}, {clock.ElapsedMilliseconds} ms");
        }

        Assert.True(Mkdisk(tool, "V99", pauseMs: 0, killAfterMs: null), "the last, complete run failed");
        Assert.Equal("V99", ReadTags(volume, $"seed {seed}, final"));
        Assert.Equal(new[] { "vol_1.3390", "vol_2.3390", "v.ccw" }.OrderBy(n => n), tool.Files().Select(Path.GetFileName).OrderBy(n => n));
        Assert.True(leftovers > 0, $"seed {seed}: no kill left a temporary behind, so the clean-up was not exercised");
    }

    /// <summary>The tag of track 0's R4 and of the record on the last cylinder (file 2); they must agree.</summary>
    private static string ReadTags(string volume, string context)
    {
        using var store = CkdImage.Open(volume, readOnly: true);
        string first = Tag(store.ReadTrack(0, 0), 4);
        string last = Tag(store.ReadTrack(2520, 0), 1);
        Assert.True(first == last, $"{context}: file 1 holds {first} and file 2 holds {last}: a mixed volume");
        return first;
    }

    private static string Tag(S390Ccw.Runtime.Devices.Eckd.CkdTrack track, byte record) =>
        Ebcdic.Decode(track.Data(track.IndexOfRecord(record)).ToArray());

    /// <summary>
    /// Runs `ccw mkdisk` as its own process; kills it <paramref name="killAfterMs"/> ms after it starts, or
    /// (negative) that many ms after its switch journal appears. True when it ran to completion.
    /// </summary>
    private static bool Mkdisk(CcwTool tool, string tag, int pauseMs, int? killAfterMs)
    {
        string src = tool.Write("v.ccw", Source(tag));
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "ccw.dll"), "mkdisk", src, "-o", tool.PathOf("vol.3390"), "--sparse" }) start.ArgumentList.Add(a);
        start.Environment["S390CCW_SWITCH_PAUSE_MS"] = pauseMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (killAfterMs is int after)
        {
            if (after < 0)
            {
                var watch = Stopwatch.StartNew();
                while (!process.HasExited && !tool.Files().Any(f => f.EndsWith(".ccw-switch", StringComparison.Ordinal)) && watch.ElapsedMilliseconds < 10_000)
                {
                    System.Threading.Thread.Sleep(1);
                }
                after = -after;
            }
            if (!process.WaitForExit(after))
            {
                process.Kill();
                process.WaitForExit();
                return false;
            }
        }
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
