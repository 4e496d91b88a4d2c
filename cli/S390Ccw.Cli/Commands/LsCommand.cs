using System.CommandLine;
using S390Ccw.Cli.Output;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Cli.Commands;

/// <summary><c>ccw ls IMAGE [--track C,H]</c>: label, geometry and the records of tracks that hold data (like dasdls and dasdlist).</summary>
internal static class LsCommand
{
    public static Command Create(CliConsole console)
    {
        var image = new Argument<string>("image") { Description = "A Hercules CKD image (CKD_P370 or compressed CKD_C370)." };
        var track = new Option<string?>("--track") { Description = "Show one track in full, C,H: every record's count, key and data." };
        var command = new Command("ls", "List a disk image: volume label, geometry, and the records of every track that holds data.\n\nExamples:\n  ccw ls hello.3390\n  ccw ls hello.3390 --track 0,0") { image, track };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(image)!;
            using var store = ImageFiles.Open(path);
            var w = console.Output;
            var track0 = ImageFiles.ReadTrack(store, path, 0, 0);
            w.WriteLine($"{path}: 3390-{store.Model.Name}, {store.Cylinders} cylinders x {store.Heads} heads, volume {Volser(track0)}");
            if (parse.GetValue(track) is string t)
            {
                var (c, h) = Arguments.ParseTrack(t);
                WriteTrack(console, ImageFiles.ReadTrack(store, path, c, h), full: true);
                return ExitCodes.Success;
            }
            for (int c = 0; c < store.Cylinders; c++)
            {
                for (int h = 0; h < store.Heads; h++)
                {
                    var ckd = c == 0 && h == 0 ? track0 : ImageFiles.ReadTrack(store, path, c, h);
                    if (HoldsData(ckd)) WriteTrack(console, ckd, full: false);
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A track holds data when it has a record beyond R0 other than an end-of-file record.</summary>
    private static bool HoldsData(CkdTrack track)
    {
        for (int i = 1; i < track.Records.Count; i++)
        {
            if (!track.Records[i].IsEndOfFile) return true;
        }
        return false;
    }

    /// <summary>The serial from R3 'VOL1' on track 0, or "(no label)".</summary>
    private static string Volser(CkdTrack track0)
    {
        int index = track0.IndexOfRecord(3);
        if (index < 0) return "(no label)";
        var data = track0.Data(index);
        if (data.Length < 10 || Ebcdic.Decode(data.Slice(0, 4).ToArray()) != "VOL1") return "(no label)";
        return Ebcdic.Decode(data.Slice(4, 6).ToArray()).TrimEnd();
    }

    private static void WriteTrack(CliConsole console, CkdTrack track, bool full)
    {
        var w = console.Output;
        w.WriteLine($"track ({track.Cylinder},{track.Head}): {track.Records.Count} records, {track.UsedCapacity} of {Language.Devices.TrackCapacity.TrackLength} bytes used");
        for (int i = 0; i < track.Records.Count; i++)
        {
            var r = track.Records[i];
            string key = r.KeyLength == 0 ? "" : $" key '{Ebcdic.Decode(track.Key(i).ToArray())}'";
            w.WriteLine($"  R{r.Record,-3} CCHHR=({r.Cylinder},{r.Head},{r.Record}) KL={r.KeyLength} DL={r.DataLength}{key}{(r.IsEndOfFile ? " (end of file)" : "")}");
            if (!full) continue;
            if (r.KeyLength > 0)
            {
                w.WriteLine("    key:");
                HexDump.Write(w, 0, track.Key(i).ToArray());
            }
            if (r.DataLength > 0)
            {
                w.WriteLine("    data:");
                HexDump.Write(w, 0, track.Data(i).ToArray());
            }
        }
    }
}
