using S390Ccw.Language.Encoding;
using Xunit;

namespace S390Ccw.Language.Tests;

public class CcwEncodingTests
{
    [Fact]
    public void ImpliedIplCcw_Format0_EncodesAsArchitected()
    {
        // The implied IPL CCW: read, address 0, CC|SLI, count 24 = 02 000000 60 00 0018 (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl, PoP370).
        var ccw = new Ccw(CommandCodes.ReadIpl, CcwFlags.ChainCommand | CcwFlags.SuppressLength, 24, 0);
        Assert.Equal(new byte[] { 0x02, 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x18 }, ccw.ToBytes(CcwFormat.Format0));
    }

    [Fact]
    public void ReadData_Format1_PutsFlagsAndCountBeforeAddress()
    {
        // Format-1: command, flags, count (2), address (4) (SA22-7832 ch. 15, "Channel-Command Word" formats): 06 60 0080 00002000.
        var ccw = new Ccw(CommandCodes.ReadData, CcwFlags.ChainCommand | CcwFlags.SuppressLength, 0x80, 0x2000);
        Assert.Equal(new byte[] { 0x06, 0x60, 0x00, 0x80, 0x00, 0x00, 0x20, 0x00 }, ccw.ToBytes(CcwFormat.Format1));
    }

    [Fact]
    public void Format0Tic_ConvertedToFormat1_DropsFlagsAndCount()
    {
        // QEMU and vfio-ccw force a format-0 TIC's flags and count to zero (SA22-7832 ch. 15, "Channel-Command Word" formats).
        var tic = Ccw.Decode(CcwFormat.Format0, new byte[] { 0x18, 0x00, 0x20, 0x00, 0x40, 0x00, 0x00, 0x05 }, 0);
        Assert.Equal(new Ccw(0x08, CcwFlags.None, 0, 0x2000), tic.ToFormat1View(CcwFormat.Format0));
    }
}
