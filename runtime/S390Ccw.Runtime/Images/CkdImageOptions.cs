namespace S390Ccw.Runtime.Images;

/// <summary>How <see cref="CkdImageWriter"/> lays out a new image.</summary>
public sealed record CkdImageOptions
{
    public static CkdImageOptions Default { get; } = new();

    /// <summary>Layout of tracks no record was given for; dasdinit's default is <see cref="NullTrackFormat.Format1"/>.</summary>
    public NullTrackFormat NullFormat { get; init; } = NullTrackFormat.Format1;

    /// <summary>One file whatever its size (dasdinit -lfs); otherwise files stop below 2 GiB as dasdinit splits them.</summary>
    public bool SingleFile { get; init; }

    /// <summary>
    /// Write only the bytes of each track up to its end marker and leave the zero padding as a file hole.
    /// The file reads back byte for byte the same; it just takes less disk until tracks are written.
    /// </summary>
    public bool Sparse { get; init; }

    /// <summary>Told the fraction of cylinders written so far (0..1), once per cylinder; for progress bars.</summary>
    public System.IProgress<double>? Progress { get; init; }
}
