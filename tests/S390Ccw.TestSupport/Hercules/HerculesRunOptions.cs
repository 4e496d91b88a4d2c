using System;
using System.Collections.Generic;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>How one headless Hercules run is configured. The defaults suit a DASD IPL test.</summary>
public sealed record HerculesRunOptions
{
    public static HerculesRunOptions Default { get; } = new();

    /// <summary>
    /// Device type written on the device statement. 3390 takes the model from the image header
    /// (Hercules cckd.h CKD_DEVHDR, dh_devtyp 0x90).
    /// </summary>
    public string DeviceType { get; init; } = "3390";

    /// <summary>
    /// Main storage in MiB (MAINSIZE). 16 covers every address a format-0 IPL chain can reach
    /// (24-bit data addresses, SA22-7832 ch. 15, "Channel-Command Word" formats) and costs no measurable start-up time.
    /// </summary>
    public int MainStorageMegabytes { get; init; } = 16;

    /// <summary>
    /// Architecture mode (ARCHMODE). Hercules IPLs in ESA/390 mode even under z/Arch
    /// (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)), so ESA/390 gives the same IPL and the 8-byte PSW displays we parse.
    /// </summary>
    public string ArchitectureMode { get; init; } = "ESA/390";

    /// <summary>Turn on CCW tracing for the device (<c>t+DEVN</c>) before the IPL.</summary>
    public bool TraceCcws { get; init; } = true;

    /// <summary>
    /// Open the image read-only (the <c>ro</c> device option): an IPL only reads, the image is not
    /// changed, and several runs may share one image at the same time.
    /// </summary>
    public bool ReadOnlyImage { get; init; } = true;

    /// <summary>
    /// Seconds to let the CPU run after the IPL before <c>psw</c> (the script's <c>pause</c> takes
    /// whole seconds in 3.13). 0 is right for IPL records whose PSW is a disabled wait: the IPL
    /// command loads the PSW before the script goes on.
    /// </summary>
    public int PauseSeconds { get; init; }

    /// <summary>Storage to display after the run, each with <c>r ADDR.LEN</c>.</summary>
    public IReadOnlyList<HerculesStorageRequest> Storage { get; init; } = Array.Empty<HerculesStorageRequest>();

    /// <summary>Wall-clock limit; the whole process tree is killed when it is reached.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The hercules executable; null means <see cref="HerculesTools.Hercules"/>.</summary>
    public string? HerculesPath { get; init; }

    /// <summary>Keep the temporary directory (config, script, log) for inspection.</summary>
    public bool KeepWorkDirectory { get; init; }
}
