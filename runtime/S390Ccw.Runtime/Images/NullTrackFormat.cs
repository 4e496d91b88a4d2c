namespace S390Ccw.Runtime.Images;

/// <summary>
/// How Hercules lays out a track nobody has written (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images), Hercules cckd.h CKD_NULLTRK_FMT*).
/// Hercules 3.13 dasdinit writes <see cref="Format1"/> into plain images by default.
/// </summary>
public enum NullTrackFormat
{
    /// <summary>HA, R0 and an end-of-file record (R1, KL 0, DL 0), then the end marker.</summary>
    Format0 = 0,

    /// <summary>HA and R0, then the end marker.</summary>
    Format1 = 1,

    /// <summary>HA, R0 and twelve 4096-byte zero records, as Linux dasdfmt leaves a 3390 track ("-linux").</summary>
    Format2 = 2,
}
