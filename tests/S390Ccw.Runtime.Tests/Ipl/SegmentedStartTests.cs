using System.Linq;
using S390Ccw.Language;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Programs;
using S390Ccw.Runtime.Storage;
using Xunit;

namespace S390Ccw.Runtime.Tests.Ipl;

public class SegmentedStartTests
{
    /// <summary>
    /// A loader at 0x2000 reads stage CCWs (R4) to 0x3000 and TICs there; the TIC is marked split. On a vfio-ccw
    /// channel one start would run the zeros copied from 0x3000; in segments the second start copies the CCWs
    /// the first one read, and the stage's payload (R5) arrives.
    /// </summary>
    private const string Source = """
        program loader format0 at 0x2000
            READ cyl0 trk0 rec4 -> stage, CC
            split
            TIC stage
        program stage format0 at 0x3000
            READ cyl0 trk0 rec5 -> 0x10000
        volume SEG001 3390 cylinders 1
            record 0 0 4 data program stage
            record 0 0 5 data ebcdic "SEGMENTED"
        """;

    [Fact]
    public void SplitTic_OnAVfioChannel_RunsInTwoStartsAndLoadsThePayload()
    {
        var assembly = CcwAssembler.Assemble(Source, "/test/seg.ccw");
        Assert.False(assembly.HasErrors, string.Join("\n", assembly.Diagnostics));
        var program = ChannelProgram.FromAssembly(assembly.Programs.Single(p => p.Name == "loader"));
        var channel = new ChannelSubsystem(new GuestStorage(), new ChannelOptions { Prefetch = PrefetchMode.VfioCcw });
        channel.Attach(0x0120, new Eckd3390Device(VolumeLayout.FromDefinition(assembly.Volumes.Single()).BuildStore()));

        var starts = SegmentedStart.Run(channel, 0x0120, program, prefetch: true);

        Assert.Equal(new uint[] { 0x2000, 0x3000 }, starts.Select(s => s.Address));
        Assert.All(starts, s => Assert.True(SegmentedStart.EndedNormally(s.Result), s.Result.Scsw.ToString()));
        // EBCDIC "SEG" = E2 C5 C7.
        Assert.Equal(new byte[] { 0xE2, 0xC5, 0xC7 }, channel.Storage.ReadBytes(0x10000, 3));
    }
}
