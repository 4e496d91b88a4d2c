using System.IO;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Images;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

/// <summary>The states a killed writer can leave, and what the next write or open makes of them.</summary>
public sealed class CkdImageSwitchTests
{
    [Fact]
    public void CommittedSwitch_HalfDone_IsCompletedByTheNextOpen()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("vol_1.3390"), "new 1"); // already renamed before the kill
        File.WriteAllText(folder.File("vol_2.3390"), "old 2");
        File.WriteAllText(folder.File(".vol_2.3390.1-0123456789abcdef0123456789abcdef.tmp"), "new 2");
        File.WriteAllText(folder.File(".vol.3390.ccw-switch"),
            "ccw-switch 1\nrename\t.vol_1.3390.1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.tmp\tvol_1.3390\nrename\t.vol_2.3390.1-0123456789abcdef0123456789abcdef.tmp\tvol_2.3390\n");

        CkdImageSwitch.Recover(folder.Path, removeTemporaries: false);

        Assert.Equal("new 1", File.ReadAllText(folder.File("vol_1.3390")));
        Assert.Equal("new 2", File.ReadAllText(folder.File("vol_2.3390")));
        Assert.Equal(new[] { "vol_1.3390", "vol_2.3390" }, folder.Files().Select(Path.GetFileName).OrderBy(n => n));
    }

    [Fact]
    public void Journal_NeverMovesAFileOutOfItsFolder()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a"), "a");
        File.WriteAllText(folder.File(".v.ccw-switch"), "ccw-switch 1\nrename\ta\t../escaped\ndelete\t../../etc/passwd\n");

        CkdImageSwitch.Recover(folder.Path, removeTemporaries: false);

        Assert.True(File.Exists(folder.File("a")));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(folder.Path)!, "escaped")));
    }

    [Fact]
    public void TemporariesOfAGoneProcess_AreRemoved_OfALiveOneKept()
    {
        using var folder = new TempFolder();
        // PID 2^22 + 1 is above Linux's largest PID (pid_max ≤ 2^22), so no process has it.
        string gone = folder.File(".vol_1.3390.4194305-0123456789abcdef0123456789abcdef.tmp");
        string live = folder.File($".vol_1.3390.{System.Environment.ProcessId}-0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllText(gone, "x");
        File.WriteAllText(live, "x");

        CkdImageSwitch.Recover(folder.Path, removeTemporaries: true);

        Assert.False(File.Exists(gone));
        Assert.True(File.Exists(live));
    }

    [Fact]
    public void MultiFileVolumeOverASingleFile_RemovesTheSingleFile()
    {
        using var folder = new TempFolder();
        string path = folder.File("vol.3390");
        CkdImageWriter.CreateEmpty(path, Dasd3390Model.Model1 with { Cylinders = 1 }, "OLD001");

        CkdImageWriter.CreateEmpty(path, Dasd3390Model.Model3 with { Cylinders = 2520 }, "NEW001", CkdImageOptions.Default with { Sparse = true });

        Assert.Equal(new[] { "vol_1.3390", "vol_2.3390" }, folder.Files().Select(Path.GetFileName).OrderBy(n => n));
        using var store = CkdImage.Open(path, readOnly: true);
        Assert.Equal(2520, store.Cylinders);
    }
}
