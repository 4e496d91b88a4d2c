using System.CommandLine;
using System.Linq;
using S390Ccw.Cli.Output;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Programs;

namespace S390Ccw.Cli.Commands;

/// <summary><c>ccw mkdisk FILE.ccw -o VOLUME.3390 [--volume VOLSER]</c>: the bootable image the file's volume describes.</summary>
internal static class MkdiskCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The .ccw file with a volume." };
        var output = new Option<string>("--output", "-o") { Description = "The image file to write (atomically: a temporary file renamed into place).", Required = true };
        var volume = new Option<string?>("--volume") { Description = "Which volume of the file, by serial (needed when it has more than one)." };
        var sparse = new Option<bool>("--sparse") { Description = "Leave the zero padding of each track as a file hole: the image reads the same, and takes disk only for what tracks hold." };
        var includeDirs = IncludeFolders.CreateOption();
        var command = new Command("mkdisk", "Write the bootable Hercules CKD image a .ccw volume describes.\n\nExample:\n  ccw mkdisk hello.ccw -o hello.3390\n  hercules: 0120 3390 hello.3390, then 'ipl 0120'") { file, output, volume, sparse, includeDirs };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var result = SourceFiles.Assemble(path, parse.GetValue(includeDirs));
            if (SourceFiles.Report(console, result)) return ExitCodes.Failed;
            string? serial = parse.GetValue(volume);
            var volumes = serial is null ? result.Volumes : result.Volumes.Where(v => string.Equals(v.Volser, serial, System.StringComparison.OrdinalIgnoreCase)).ToList();
            if (volumes.Count == 0)
                throw new CliException(serial is null ? $"{path} describes no volume; add a 'volume VOLSER 3390 …' section" : $"{path} has no volume {serial}");
            if (volumes.Count > 1)
                throw new CliException($"{path} describes {volumes.Count} volumes ({string.Join(", ", volumes.Select(v => v.Volser))}); pick one with --volume");
            var layout = VolumeLayout.FromDefinition(volumes[0]);
            using var progress = ProgressBar.For(console, $"writing {layout.Model.Cylinders} cylinders");
            try
            {
                var files = layout.WriteImage(parse.GetValue(output)!, CkdImageOptions.Default with { Progress = progress, Sparse = parse.GetValue(sparse) });
                progress?.Complete();
                console.Output.WriteLine($"wrote volume {layout.Volser} (3390-{layout.Model.Name}, {layout.Model.Cylinders} cylinders, {layout.Records.Count} records) to {string.Join(", ", files)}");
            }
            catch (DiskImageException e)
            {
                throw new CliException(e.Message);
            }
            catch (VolumeLayoutException e)
            {
                throw new CliException($"{path}: {e.Message}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
