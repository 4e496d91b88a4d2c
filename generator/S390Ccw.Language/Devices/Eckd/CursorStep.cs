namespace S390Ccw.Language.Devices.Eckd;

/// <summary>What <see cref="TrackCursor.NextCount"/> found.</summary>
public enum CursorStep
{
    /// <summary>Oriented after the next count field.</summary>
    Positioned,

    /// <summary>The track has no more records and the command continues on the next head: load it and ask again.</summary>
    NextHead,

    /// <summary>The index passed twice with no count field to take: unit check, No Record Found.</summary>
    NoRecordFound,
}
