using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>
/// Writes the two text files one headless run needs: the configuration (<c>-f CONF</c>) and the
/// panel-command script Hercules reads from <c>HERCULES_RC</c> (Hercules channel.c display_ccw and msgenu.h (CCW trace)).
/// </summary>
public static class HerculesScript
{
    /// <summary>
    /// Hercules 3.13 displays at most 999 rows of 16 bytes per <c>r</c> command (observed), so a
    /// longer range is asked for in pieces of this size.
    /// </summary>
    public const int StorageChunk = 0x1000;

    /// <summary>The configuration: one CPU, small storage, and the one DASD device.</summary>
    public static string BuildConfiguration(string imagePath, ushort deviceNumber, HerculesRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(imagePath);
        ArgumentNullException.ThrowIfNull(options);
        if (imagePath.IndexOfAny(new[] { '"', '\n', '\r' }) >= 0)
            throw new ArgumentException("The image path cannot be written on a Hercules device statement (it holds a quote or a line break).", nameof(imagePath));
        if (options.MainStorageMegabytes < 1)
            throw new ArgumentException("Main storage must be at least 1 MiB.", nameof(options));

        var text = new StringBuilder();
        text.Append("# Written by S390Ccw.TestSupport for one headless run.\n");
        // CPUSERIAL and CPUMODEL only fill STIDP; any values do.
        text.Append("CPUSERIAL 000001\n");
        text.Append("CPUMODEL  3090\n");
        text.Append(CultureInfo.InvariantCulture, $"MAINSIZE  {options.MainStorageMegabytes}\n");
        text.Append("NUMCPU    1\n");
        text.Append(CultureInfo.InvariantCulture, $"ARCHMODE  {options.ArchitectureMode}\n");
        // 3.13 accepts a double-quoted file name, so paths with blanks work.
        text.Append(CultureInfo.InvariantCulture, $"{Device(deviceNumber)} {options.DeviceType} \"{imagePath}\"");
        if (options.ReadOnlyImage)
            text.Append(" ro");
        text.Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// The panel script: trace on, optionally IPL, optionally pause, then <c>psw</c> and the storage
    /// displays. There is no <c>quit</c>: the runner stops Hercules once the script has been read
    /// (see <see cref="HerculesRunner"/> for why).
    /// </summary>
    public static string BuildScript(ushort deviceNumber, bool ipl, HerculesRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        if (options.TraceCcws)
            text.Append(CultureInfo.InvariantCulture, $"t+{Device(deviceNumber)}\n");
        if (ipl)
            text.Append(CultureInfo.InvariantCulture, $"ipl {Device(deviceNumber)}\n");
        if (options.PauseSeconds > 0)
            text.Append(CultureInfo.InvariantCulture, $"pause {options.PauseSeconds}\n");
        text.Append("psw\n");
        foreach (HerculesStorageRequest piece in SplitStorage(options.Storage))
            text.Append(CultureInfo.InvariantCulture, $"r {piece.Address:X}.{piece.Length:X}\n");
        return text.ToString();
    }

    /// <summary>Splits each request into <see cref="StorageChunk"/>-byte displays; empty ones are dropped.</summary>
    public static IReadOnlyList<HerculesStorageRequest> SplitStorage(IReadOnlyList<HerculesStorageRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var pieces = new List<HerculesStorageRequest>();
        foreach (HerculesStorageRequest request in requests)
        {
            if (request.Length <= 0)
                continue;
            for (long offset = 0; offset < request.Length; offset += StorageChunk)
            {
                int length = (int)Math.Min(StorageChunk, request.Length - offset);
                pieces.Add(new HerculesStorageRequest((uint)(request.Address + offset), length));
            }
        }
        return pieces;
    }

    internal static string Device(ushort deviceNumber) => deviceNumber.ToString("X4", CultureInfo.InvariantCulture);
}
