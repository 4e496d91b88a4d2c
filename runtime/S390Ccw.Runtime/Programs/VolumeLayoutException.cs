using System;

namespace S390Ccw.Runtime.Programs;

/// <summary>A volume layout that cannot be formatted: a record outside the volume or too big for its track.</summary>
public sealed class VolumeLayoutException : Exception
{
    public VolumeLayoutException(string message)
        : base(message)
    {
    }
}
