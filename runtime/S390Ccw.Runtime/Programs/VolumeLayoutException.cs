using System;

namespace S390Ccw.Runtime.Programs;

/// <summary>A volume layout that cannot be formatted: a record outside the volume or too big for its track.</summary>
public sealed class VolumeLayoutException : Exception
{
    public VolumeLayoutException(string message, int? cylinder = null, int? head = null)
        : base(message)
    {
        Cylinder = cylinder;
        Head = head;
    }

    /// <summary>The track the record was meant for, when it lies on the volume.</summary>
    public int? Cylinder { get; }

    public int? Head { get; }
}
