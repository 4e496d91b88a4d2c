namespace S390Ccw.Language.Devices;

/// <summary>A record address: cylinder, head, record (the 5-byte CCHHR of Search ID, IBM 3390 track format, home address, R0 and count area (GC26-4577)).</summary>
public readonly record struct Cchhr(int Cylinder, int Head, int Record)
{
    /// <summary>The 5 search bytes. Cylinders above 65535 are not supported (no EAV).</summary>
    public byte[] ToSearchArgument() => new[]
    {
        (byte)(Cylinder >> 8), (byte)Cylinder, (byte)(Head >> 8), (byte)Head, (byte)Record,
    };

    /// <summary>The 6 seek bytes BBCCHH, BB zero.</summary>
    public byte[] ToSeekArgument() => new byte[]
    {
        0, 0, (byte)(Cylinder >> 8), (byte)Cylinder, (byte)(Head >> 8), (byte)Head,
    };

    public override string ToString() => $"({Cylinder},{Head},{Record})";
}
