namespace S390Ccw.Language.Devices;

/// <summary>
/// The 3390 track capacity formula in bytes (IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track: Hercules dasdutil.c capacity_calc,
/// formula 2, f1..f6 = 34, 19, 9, 6, 116, 6; it agrees with Linux recs_per_track). A physical
/// track is 1729 cells of 34 bytes.
/// </summary>
public static class TrackCapacity
{
    /// <summary>A 3390 track in bytes: 1729 cells of 34 (58786); the formula charges each record its cells, HA and R0 overhead included in its constants.</summary>
    public const int TrackLength = 58786;

    /// <summary>The largest data length of one keyless record on a 3390 track (R1 maximum).</summary>
    public const int MaximumRecordLength = 56664;

    /// <summary>Bytes of a track image in a Hercules CKD file: 512-byte rounded HA+R0+R1max+end marker (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)).</summary>
    public const int HerculesTrackImageSize = 56832;

    /// <summary>Track bytes one record with this key and data length uses, HA and R0 excluded.</summary>
    public static int RecordSpace(int keyLength, int dataLength)
    {
        int i1 = CeilDiv(dataLength + 6, 232);
        int fl1 = RoundUp34(646 + dataLength + 6 + (6 * i1));
        int fl2 = 0;
        if (keyLength > 0)
        {
            int i2 = CeilDiv(keyLength + 6, 232);
            fl2 = RoundUp34(306 + keyLength + 6 + (6 * i2));
        }
        return fl1 + fl2;
    }

    /// <summary>How many records of this shape one track holds.</summary>
    public static int RecordsPerTrack(int keyLength, int dataLength) => TrackLength / RecordSpace(keyLength, dataLength);

    /// <summary>True when a record of this shape still fits after <paramref name="usedBytes"/> of the track.</summary>
    public static bool Fits(int usedBytes, int keyLength, int dataLength) =>
        usedBytes + RecordSpace(keyLength, dataLength) <= TrackLength;

    private static int CeilDiv(int value, int divisor) => (value + divisor - 1) / divisor;

    private static int RoundUp34(int value) => CeilDiv(value, 34) * 34;
}
