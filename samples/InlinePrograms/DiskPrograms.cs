using S390Ccw;
using S390Ccw.Runtime.Programs;

namespace InlinePrograms;

/// <summary>
/// Channel programs written in C#, in the style of [GeneratedRegex]: the generator assembles each string
/// at build time (errors appear at their place in the string) and writes the method's body.
/// Unless the attribute says otherwise, a program is format-0 at 0x1000.
/// </summary>
internal static partial class DiskPrograms
{
    /// <summary>R3 of track 0: the 80-byte volume label (key 'VOL1') that <c>standard track0</c> writes.</summary>
    [ChannelProgram("READ cyl0 trk0 rec3 -> 0x20000, len 80")]
    public static partial ChannelProgram ReadVolumeLabel();

    /// <summary>SENSE ID: what the device says it is (control unit and device type and model).</summary>
    [ChannelProgram("SENSE_ID 0x20100, SLI, len 20")]
    public static partial ChannelProgram SenseId();

    /// <summary>A record the volume does not have: the search ends in unit check, No Record Found.</summary>
    [ChannelProgram("READ cyl0 trk1 rec9 -> 0x20200, len 16")]
    public static partial ChannelProgram ReadMissingRecord();

    /// <summary>SENSE, as a program issues it after a unit check: 32 bytes of sense (the count SENSE implies).</summary>
    [ChannelProgram("SENSE 0x20300")]
    public static partial ChannelProgram Sense();

    /// <summary>
    /// Reads CCWs (the overlay program of volume.ccw, record 4) to 0x3000 and TICs to them: on a channel that
    /// copies the chain at the start (vfio-ccw) the TIC would run the stale 0x3000. The <c>split</c> line is
    /// what the analyzers' code fix inserts: it marks the TIC as the place to end one start and begin the
    /// next at the TIC's target (docs/language.md, "Prefetch split points").
    /// </summary>
    [ChannelProgram("""
        READ cyl0 trk0 rec4 -> 0x3000, CC, SLI, len 64
        split
        TIC 0x3000
        """, Origin = 0x2000)]
    public static partial ChannelProgram LoadOverlay();
}
