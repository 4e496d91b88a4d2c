using System.Linq;
using S390Ccw.Language;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Programs;

namespace S390Ccw.Runtime.Tests.Ipl;

/// <summary>Small bootable volumes written in the CCW language, shared by the IPL tests.</summary>
internal static class BootVolumes
{
    /// <summary>IPL1 reads IPL2 (R2) to 0x2000 and TICs to it; IPL2 reads a text record to 0x10000 and the final PSW (disabled wait X'BEEF') over 0.</summary>
    public const string Hello = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
            READ cyl0 trk0 rec4 -> 0x10000, CC
            READ cyl0 trk0 rec5 -> 0
        volume HELLO1 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
            record 0 0 4 data ebcdic "HELLO FROM S390CCW"
            record 0 0 5 data psw 0x000A0000_0000BEEF
        """;

    /// <summary>
    /// A zipl-like chain: IPL2 reads a third stage's CCWs (R4) into 0x3000 and TICs to them; the stage reads
    /// the payload (R5) to 0x10000 and the final PSW (R6) over 0. Under prefetch the TIC target is stale.
    /// </summary>
    public const string ZiplStyle = """
        program ipl1 format0 at 0
            psw 0x00080000_80002000
            READ next -> ipl2, CC, SLI, len 144
            TIC ipl2
        program ipl2 format0 at 0x2000
            READ cyl0 trk0 rec4 -> stage3, CC
            TIC stage3
        program stage3 format0 at 0x3000
            READ cyl0 trk0 rec5 -> 0x10000, CC
            READ cyl0 trk0 rec6 -> 0
        volume ZIPL01 3390 cylinders 1
            standard track0 ipl1=ipl1 ipl2=ipl2
            record 0 0 4 data program stage3
            record 0 0 5 data ebcdic "STAGE THREE PAYLOAD"
            record 0 0 6 data psw 0x000A0000_0000BEEF
        """;

    public static MemoryTrackStore Build(string source)
    {
        var result = CcwAssembler.Assemble(source, "/test/volume.ccw");
        Xunit.Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return VolumeLayout.FromDefinition(result.Volumes.Single()).BuildStore();
    }
}
