using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Binding;

/// <summary>
/// The 80-byte VOL1 label of a CDL volume (Hercules dasdblks.h and dasdutil.c build_vol1 (VOL1 label)): 'VOL1', the serial, security byte 0xC0,
/// VTOC address CCHHR (0000 0001 01, cylinder 0 head 1 record 1, as Hercules build_vol1 writes it, unless the VTOC is moved), an
/// owner in bytes 37-50, EBCDIC blanks elsewhere.
/// </summary>
internal static class Vol1Label
{
    public const int Length = 80;

    public static byte[] Build(string volser, (int Cylinder, int Head) vtoc)
    {
        var label = new byte[Length];
        for (int i = 0; i < Length; i++) label[i] = 0x40;
        Ebcdic.Encode("VOL1").CopyTo(label, 0);
        Ebcdic.Encode(volser.PadRight(6)).CopyTo(label, 4);
        label[10] = 0xC0;
        // The VTOC's CCHHR: its format-4 DSCB is record 1 of its track.
        DataEmitter.WriteBigEndian(label, 11, 2, (ulong)vtoc.Cylinder);
        DataEmitter.WriteBigEndian(label, 13, 2, (ulong)vtoc.Head);
        label[15] = 1;
        Ebcdic.Encode("S390CCW".PadRight(14)).CopyTo(label, 37);
        return label;
    }
}
