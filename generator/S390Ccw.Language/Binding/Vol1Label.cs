using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Binding;

/// <summary>
/// The 80-byte VOL1 label of a CDL volume (s390.md §6.4): 'VOL1', the serial, security byte 0xC0,
/// VTOC address CCHHR 0000 0001 01 (cylinder 0 head 1 record 1, as Hercules build_vol1 writes it), an
/// owner in bytes 37-50, EBCDIC blanks elsewhere.
/// </summary>
internal static class Vol1Label
{
    public const int Length = 80;

    public static byte[] Build(string volser)
    {
        var label = new byte[Length];
        for (int i = 0; i < Length; i++) label[i] = 0x40;
        Ebcdic.Encode("VOL1").CopyTo(label, 0);
        Ebcdic.Encode(volser.PadRight(6)).CopyTo(label, 4);
        label[10] = 0xC0;
        byte[] vtoc = { 0x00, 0x00, 0x00, 0x01, 0x01 };
        vtoc.CopyTo(label, 11);
        Ebcdic.Encode("S390CCW".PadRight(14)).CopyTo(label, 37);
        return label;
    }
}
