namespace S390Ccw.Language.Devices.Eckd;

/// <summary>
/// What the 3390 positioning rules need to know of one track: where it is and the count fields of its
/// records, R0 first, in track order (IBM 3390 / 3990 ECKD track format: home address, R0, R1..). The
/// runtime's parsed track image and the static analysis's declared track both implement it, so that
/// <see cref="TrackCursor"/> and <see cref="CountField"/> decide for both.
/// </summary>
public interface ICkdTrackView
{
    int Cylinder { get; }

    int Head { get; }

    /// <summary>Records on the track, R0 included.</summary>
    int RecordCount { get; }

    /// <summary>The 8 count bytes (CCHH R KL DL) of record <paramref name="index"/> as written on the track, big-endian.</summary>
    ulong CountField(int index);
}
