namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// One record of a <see cref="CkdTrack"/>: its count field (CCHH R KL DL, IBM 3390 track format, home address, R0 and count area (GC26-4577)) and where
/// the count field starts in the track image (<see cref="Offset"/>, Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)). The CCHH is the
/// one written in the count field, which a program may set to anything; it need not name the track.
/// </summary>
public readonly record struct CkdRecordInfo(
    ushort Cylinder, ushort Head, byte Record, byte KeyLength, ushort DataLength, int Offset)
{
    /// <summary>Bytes of a count field (CC HH R KL DL DL).</summary>
    public const int CountLength = 8;

    /// <summary>Offset of the key in the track image (equal to <see cref="DataOffset"/> when KL is 0).</summary>
    public int KeyOffset => Offset + CountLength;

    /// <summary>Offset of the data in the track image.</summary>
    public int DataOffset => Offset + CountLength + KeyLength;

    /// <summary>Offset just past the data: where the next count field (or the end marker) starts.</summary>
    public int EndOffset => DataOffset + DataLength;

    /// <summary>True for an end-of-file record: a count with KL = 0 and DL = 0 (IBM 3390 track format, home address, R0 and count area (GC26-4577)).</summary>
    public bool IsEndOfFile => KeyLength == 0 && DataLength == 0;

    /// <summary>Writes the 8-byte big-endian count field into <paramref name="destination"/>.</summary>
    public void WriteCount(System.Span<byte> destination)
    {
        destination[0] = (byte)(Cylinder >> 8);
        destination[1] = (byte)Cylinder;
        destination[2] = (byte)(Head >> 8);
        destination[3] = (byte)Head;
        destination[4] = Record;
        destination[5] = KeyLength;
        destination[6] = (byte)(DataLength >> 8);
        destination[7] = (byte)DataLength;
    }

    public override string ToString() =>
        $"R{Record} (CCHH {Cylinder:X4}{Head:X4}, KL {KeyLength}, DL {DataLength}) at +{Offset}";
}
