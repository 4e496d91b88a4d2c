using System;
using System.Diagnostics;
using System.IO;
using S390Ccw.Language.Encoding;
using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>Disassembles the IPL1 and IPL2 records that Hercules' dasdinit writes on track 0.</summary>
public class DasdinitRecordTests
{
    [Fact]
    public void DasdinitTrack0Records_DisassembleAndRoundTrip()
    {
        string? dasdinit = FindOnPath("dasdinit");
        if (dasdinit is null) return; // Hercules is not installed: nothing to compare with.
        string dir = Path.Combine(Path.GetTempPath(), "s390ccw-dasdinit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string image = Path.Combine(dir, "x.3390");
            var start = new ProcessStartInfo(dasdinit, $"-a {image} 3390-3 VOL001 1")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using (var process = Process.Start(start)!)
            {
                process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                Assert.True(process.WaitForExit(30000), "dasdinit did not finish");
                Assert.Equal(0, process.ExitCode);
            }
            byte[] file = File.ReadAllBytes(image);
            // Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images): track 0 starts after the 512-byte device header; HA (5) + R0 count (8) +
            // R0 data (8) = 21 bytes, then R1's count, key and data; R2 follows R1's data.
            int r1 = 512 + 21;
            Assert.Equal(1, file[r1 + 4]);
            int kl1 = file[r1 + 5], dl1 = (file[r1 + 6] << 8) | file[r1 + 7];
            Assert.Equal(4, kl1);
            Assert.Equal(24, dl1);
            var ipl1 = new byte[dl1];
            Array.Copy(file, r1 + 8 + kl1, ipl1, 0, dl1);
            int r2 = r1 + 8 + kl1 + dl1;
            Assert.Equal(2, file[r2 + 4]);
            int kl2 = file[r2 + 5], dl2 = (file[r2 + 6] << 8) | file[r2 + 7];
            var ipl2 = new byte[dl2];
            Array.Copy(file, r2 + 8 + kl2, ipl2, 0, dl2);

            string text1 = Disassembler.Disassemble(ipl1, CcwFormat.Format0, 0);
            // dasdinit's "no IPL" placeholder (SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)): a wait PSW with bit 12 off, so it stays data,
            // then NOP with count 1 (03000000 00000001).
            Assert.Contains("NOP 0x0, len 1", text1);
            Assert.StartsWith("data dword 0x000", text1.Split('\n')[2].Trim());
            Assert.Equal(ipl1, Asm.Bytes(text1));
            Assert.Equal(ipl2, Asm.Bytes(Disassembler.Disassemble(ipl2, CcwFormat.Format0, 0x2000)));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string? FindOnPath(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(folder, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
