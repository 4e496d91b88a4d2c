using System;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>
/// The records Hercules 3.13 dasdinit puts on cylinder 0 track 0 of a new volume (Hercules dasdblks.h, dasdutil.c; s390-tools zipl/src/install.c, Hercules dasdblks.h and dasdutil.c build_vol1 (VOL1 label)):
/// R1 IPL1, R2 IPL2 and R3 VOL1, all with 4-byte EBCDIC keys, and nothing after them.
/// </summary>
public static class VolumeLabel
{
    public const int IplRecordLength = 24;

    public const int Ipl2RecordLength = 144;

    public const int Vol1RecordLength = 80;

    /// <summary>EBCDIC 'IPL1', 'IPL2', 'VOL1' (Hercules dasdblks.h, dasdutil.c; s390-tools zipl/src/install.c).</summary>
    public static ReadOnlySpan<byte> Ipl1Key => new byte[] { 0xC9, 0xD7, 0xD3, 0xF1 };

    public static ReadOnlySpan<byte> Ipl2Key => new byte[] { 0xC9, 0xD7, 0xD3, 0xF2 };

    public static ReadOnlySpan<byte> Vol1Key => new byte[] { 0xE5, 0xD6, 0xD3, 0xF1 };

    /// <summary>
    /// IPL1 of an empty volume: a PSW 0006 0000 0000 000F (byte 1 = 0x06: machine-check mask and wait
    /// bit, SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format), so an IPL of the blank volume stops in a disabled wait) followed by CCW1 =
    /// NOP (0x03) with count 1 and a zero CCW2. These are the bytes dasdinit 3.13 writes.
    /// </summary>
    public static byte[] EmptyIpl1()
    {
        var data = new byte[IplRecordLength];
        data[1] = 0x06;
        data[7] = 0x0F;
        data[8] = 0x03;
        data[15] = 0x01;
        return data;
    }

    /// <summary>
    /// The VOL1 data (Hercules dasdblks.h and dasdutil.c build_vol1 (VOL1 label)): 'VOL1', the serial, security byte 0x40 (blank, as dasdinit 3.13
    /// writes it), VTOC address CCHHR 0000 0001 01, blanks, owner "    HERCULES  " at offset 37, blanks.
    /// </summary>
    public static byte[] Vol1(string volser)
    {
        var serial = Ebcdic.EncodeVolser(volser);
        var data = new byte[Vol1RecordLength];
        data.AsSpan().Fill(Ebcdic.Space);
        Vol1Key.CopyTo(data);
        serial.CopyTo(data, 4);
        data[10] = Ebcdic.Space;
        data[11] = 0x00;
        data[12] = 0x00;
        data[13] = 0x00;
        data[14] = 0x01;
        data[15] = 0x01;
        Ebcdic.Encode("HERCULES").CopyTo(data, 41);
        return data;
    }

    /// <summary>Track 0 of a new labelled volume: R0, IPL1, IPL2, VOL1, end marker.</summary>
    public static CkdTrack Track0(string volser)
    {
        var track = CkdTrack.Empty(0, 0);
        track.TryAppend(1, Ipl1Key, EmptyIpl1());
        track.TryAppend(2, Ipl2Key, new byte[Ipl2RecordLength]);
        track.TryAppend(3, Vol1Key, Vol1(volser));
        track.MarkClean();
        return track;
    }
}
