namespace S390Ccw.Language.Devices.Eckd;

/// <summary>Where the device is on the track, between fields (IBM 3990 ECKD: orientation; Hercules ckddasd.c CKDORIENT_*).</summary>
public enum TrackOrientation
{
    /// <summary>At index or just after the home address: the next count field is R0's.</summary>
    Index,

    /// <summary>After a count field.</summary>
    Count,

    /// <summary>After a key field.</summary>
    Key,

    /// <summary>After a data field.</summary>
    Data,
}
