using System.Linq;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Images;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Runtime.Tracing;
using Xunit;

namespace S390Ccw.Runtime.Tests.Ipl;

public class IplSequencerTests
{
    // EBCDIC "HELLO" = C8 C5 D3 D3 D6.
    private static readonly byte[] EbcdicHello = { 0xC8, 0xC5, 0xD3, 0xD3, 0xD6 };

    [Fact]
    public void HelloVolume_Hardware_LoadsTheDisabledWaitPsw()
    {
        var result = new IplSequencer(BootVolumes.Build(BootVolumes.Hello)).Run(IplMode.Hardware);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(0x000A0000_0000BEEFUL, result.Psw!.Value.Value);
        Assert.True(result.Psw.Value.Wait);
        Assert.Equal(EbcdicHello, result.Storage.ReadBytes(0x10000, 5));
        Assert.Equal(1, result.Starts);
    }

    [Fact]
    public void Hardware_StoresTheSubsystemIdentificationWord()
    {
        var result = new IplSequencer(BootVolumes.Build(BootVolumes.Hello)).Run(IplMode.Hardware);

        // 0x0001nnnn at 0xB8 (bit 15 one, subchannel 0) and zero at 0xBC (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl step 7).
        Assert.Equal(0x0001_0000u, result.Storage.ReadUInt32(0xB8));
        Assert.Equal(0u, result.Storage.ReadUInt32(0xBC));
    }

    [Fact]
    public void Hardware_TraceStartsWithTheImpliedReadIplThenIpl1sCcws()
    {
        var log = new CcwTraceLog();
        new IplSequencer(BootVolumes.Build(BootVolumes.Hello), new IplOptions { Tracer = log }).Run(IplMode.Hardware);

        // 02 000000 60 00 0018 at 0, then IPL1's READ at 0x08 and TIC at 0x10 (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl).
        Assert.Equal(new byte[] { 0x02, 0, 0, 0, 0x60, 0, 0, 0x18 }, log.Records[0].RawBytes());
        Assert.Equal(new uint[] { 0x00, 0x08, 0x10, 0x2000 }, log.Records.Take(4).Select(r => r.CcwAddress));
        Assert.True(log.Records[2].IsTransferInChannel);
    }

    [Fact]
    public void HelloVolume_Prefetch_FailsBecauseIpl1sCcwsWereNotThereAtStart()
    {
        var result = new IplSequencer(BootVolumes.Build(BootVolumes.Hello)).Run(IplMode.Prefetch);

        // vfio-ccw copied the chain at start: the CCW at 0x08 was zeros (command code 0, invalid).
        Assert.False(result.Succeeded);
        Assert.Equal(IplFailureKind.ChannelProgramCheck, result.Failure);
    }

    [Fact]
    public void HelloVolume_QemuBios_BootsWithoutSplitsAndSetsTheBaBit()
    {
        var result = new IplSequencer(BootVolumes.Build(BootVolumes.Hello)).Run(IplMode.QemuBios);

        Assert.True(result.Succeeded, result.FailureMessage);
        // QEMU ORs BA (0x80000000) into the PSW's second word before load-normal (QEMU pc-bios/s390-ccw/dasd-ipl.c; docs/architecture.md, "QEMU's DASD IPL" step 8).
        Assert.Equal(0x000A0000_8000BEEFUL, result.Psw!.Value.Value);
        Assert.Empty(result.Splits);
        Assert.Equal(3, result.Starts);
        Assert.Equal(EbcdicHello, result.Storage.ReadBytes(0x10000, 5));
    }

    [Fact]
    public void ZiplStyle_Hardware_RunsTheFreshlyReadStage()
    {
        var result = new IplSequencer(BootVolumes.Build(BootVolumes.ZiplStyle)).Run(IplMode.Hardware);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(0x000A0000_0000BEEFUL, result.Psw!.Value.Value);
        Assert.Equal(new byte[] { 0xE2, 0xE3, 0xC1, 0xC7, 0xC5 }, result.Storage.ReadBytes(0x10000, 5)); // EBCDIC "STAGE"
    }

    [Fact]
    public void ZiplStyle_QemuBios_SplitsTheReadFromItsTic()
    {
        var result = new IplSequencer(BootVolumes.Build(BootVolumes.ZiplStyle)).Run(IplMode.QemuBios);

        Assert.True(result.Succeeded, result.FailureMessage);
        var split = Assert.Single(result.Splits);
        Assert.Equal(0x3000u, split.RestartAddress);
        Assert.Equal(split.ReadAddress + 8, split.TicAddress);
        Assert.Equal(4, result.Starts);
    }

    [Fact]
    public void ZiplStyle_Prefetch_RunsTheStaleCcwAt0x08()
    {
        var log = new CcwTraceLog();
        var result = new IplSequencer(BootVolumes.Build(BootVolumes.ZiplStyle), new IplOptions { Tracer = log }).Run(IplMode.Prefetch);

        // The copy made at start holds the zeros that were at 0x08 before READ IPL stored IPL1 there:
        // command code 00 is invalid, a channel program check (SA22-7832 ch. 15, "Command Code"; Hercules esa390.h IS_CCW_*), though storage now holds READ_DATA.
        Assert.Equal(IplFailureKind.ChannelProgramCheck, result.Failure);
        Assert.Equal(new uint[] { 0x00, 0x08 }, log.Records.Select(r => r.CcwAddress));
        Assert.Equal(0x00, log.Records[1].Command);
        Assert.Equal(CommandCodes.ReadData, result.Storage.ReadByte(0x08));
    }

    [Fact]
    public void DasdinitDefaultVolume_Hardware_RejectsThePswAsHerculesDoes()
    {
        var store = new MemoryTrackStore(1);
        store.WriteTrack(VolumeLabel.Track0("EMPTY1"));

        var result = new IplSequencer(store).Run(IplMode.Hardware);

        // Hercules 3.13 dasdinit writes IPL1 = 00060000 0000000F (bit 12 off) + NOP (byte-equal to VolumeLabel's
        // track 0, checked against dasdinit in the image tests); Hercules then says "Invalid IPL PSW".
        Assert.Equal(IplFailureKind.InvalidPsw, result.Failure);
        Assert.Equal(0x00060000_0000000FUL, result.Psw!.Value.Value);
        Assert.Contains("Invalid IPL PSW: 00060000 0000000F", result.FailureMessage);
    }

    [Fact]
    public void DasdinitDefaultVolume_QemuBios_RefusesIpl1()
    {
        var store = new MemoryTrackStore(1);
        store.WriteTrack(VolumeLabel.Track0("EMPTY1"));

        var result = new IplSequencer(store).Run(IplMode.QemuBios);

        Assert.Equal(IplFailureKind.RefusedByQemuBios, result.Failure);
        Assert.Contains("IPL1 invalid", result.FailureMessage);
    }
}
