using System.Linq;
using S390Ccw.Language;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Programs;

namespace S390Ccw.Runtime.Tests.Ipl;

/// <summary>Small bootable volumes written in the CCW language, shared by the IPL tests.</summary>
internal static class BootVolumes
{
    public const string Hello = S390Ccw.Tests.Shared.TestVolumes.Hello;

    public const string ZiplStyle = S390Ccw.Tests.Shared.TestVolumes.ZiplStyle;

    public static MemoryTrackStore Build(string source)
    {
        var result = CcwAssembler.Assemble(source, "/test/volume.ccw");
        Xunit.Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return VolumeLayout.FromDefinition(result.Volumes.Single()).BuildStore();
    }
}
