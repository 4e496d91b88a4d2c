namespace S390Ccw.Language.Devices.Eckd;

/// <summary>
/// How many argument bytes the 3390's control commands take from the channel (IBM 3990 Storage Control
/// Reference, the parameter layouts of Seek, Set File Mask, Define Extent and Locate Record; Hercules
/// ckddasd.c). A count below the length is command reject; bytes beyond it are not taken, which the
/// channel reports as incorrect length unless SLI.
/// </summary>
public static class CommandArguments
{
    /// <summary>Seek, Seek Cylinder, Seek Head: BBCCHH.</summary>
    public const int Seek = 6;

    public const int SetFileMask = 1;

    /// <summary>Define Extent without the extended part (global attributes byte 7 bit 6 asks for 32).</summary>
    public const int DefineExtent = 16;

    public const int DefineExtentExtended = 32;

    public const int LocateRecord = 16;
}
