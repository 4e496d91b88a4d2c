namespace S390Ccw.Language.Devices.Eckd;

/// <summary>
/// How the search commands compare (IBM 3990 Storage Control Reference, Search ID / Search Key /
/// Search Home Address; Hercules ckddasd.c): the record's field against the channel's argument, byte
/// by byte over the shorter of the two, and opcode bit 0x20 means "equal", 0x40 "high".
/// </summary>
public static class SearchRules
{
    /// <summary>Argument bytes a Search ID compares: CCHHR.</summary>
    public const int IdLength = 5;

    /// <summary>Argument bytes a Search Home Address compares: CCHH.</summary>
    public const int HomeAddressLength = 4;

    /// <summary>
    /// Compares the first <paramref name="length"/> bytes (at most 8) of a presented count field with
    /// the same bytes of <paramref name="argument"/> (both big-endian in a ulong): negative, zero or
    /// positive as the record is lower, equal or higher.
    /// </summary>
    public static int CompareId(ulong presentedCount, ulong argument, int length)
    {
        if (length <= 0) return 0;
        int shift = 64 - (8 * length);
        ulong a = presentedCount >> shift;
        ulong b = argument >> shift;
        return a == b ? 0 : a < b ? -1 : 1;
    }

    /// <summary>The first up to 8 bytes of <paramref name="bytes"/> from <paramref name="offset"/> as a big-endian ulong, zero-padded.</summary>
    public static ulong Pack(byte[] bytes, int offset, int length)
    {
        ulong value = 0;
        for (int i = 0; i < 8; i++) value = (value << 8) | (i < length ? bytes[offset + i] : 0u);
        return value;
    }

    /// <summary>
    /// The index of the first record of <paramref name="track"/> (R0 included) whose presented count field
    /// begins with the CCHHR of <paramref name="argument"/>, or -1: the whole-track search of Locate Record,
    /// and the static analysis's test of whether a track holds the record a Search ID looks for.
    /// </summary>
    public static int IndexOfId(ICkdTrackView track, ulong argument, int volumeCylinders)
    {
        for (int i = 0; i < track.RecordCount; i++)
        {
            if (CompareId(CountField.Present(track.CountField(i), volumeCylinders), argument, IdLength) == 0) return i;
        }
        return -1;
    }

    /// <summary>True when a search with opcode <paramref name="code"/> matches a comparison result.</summary>
    public static bool Matches(byte code, int compare) =>
        ((code & 0x20) != 0 && compare == 0) || ((code & 0x40) != 0 && compare > 0);
}
