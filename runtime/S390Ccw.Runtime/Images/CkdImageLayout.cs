using System;
using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;

namespace S390Ccw.Runtime.Images;

/// <summary>How a volume of a given size is split into files and what each file's header says (Hercules cckd.h CKD_DEVHDR, Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)).</summary>
internal static class CkdImageLayout
{
    /// <summary>One file of a volume: its name, the cylinders it holds and its device header.</summary>
    public sealed record File(string Path, int FirstCylinder, int Cylinders, CkdDeviceHeader Header);

    /// <summary>Bytes of one cylinder in a file: 15 track images.</summary>
    public const long CylinderBytes = (long)Dasd3390Model.HeadsPerCylinder * CkdTrack.ImageSize;

    /// <summary>Cylinders one file holds when a volume is split: 2519 for a 3390 (see <see cref="CkdImageFileNames.MaximumFileSize"/>).</summary>
    public static int CylindersPerFile => (int)((CkdImageFileNames.MaximumFileSize - CkdDeviceHeader.Size) / CylinderBytes);

    public static IReadOnlyList<File> Plan(string path, int cylinders, bool singleFile)
    {
        int perFile = singleFile ? cylinders : CylindersPerFile;
        int fileCount = (cylinders + perFile - 1) / perFile;
        if (fileCount > CkdImageFileNames.MaximumFiles)
        {
            throw new DiskImageException(path, $"{cylinders} cylinders need {fileCount} files, more than Hercules' {CkdImageFileNames.MaximumFiles}");
        }
        var names = CkdImageFileNames.ForCreate(path, fileCount);
        var files = new File[fileCount];
        for (int i = 0; i < fileCount; i++)
        {
            int first = i * perFile;
            int count = Math.Min(perFile, cylinders - first);
            bool last = i == fileCount - 1;
            // dh_fileseq is 0 for a single file, 1..n otherwise; dh_highcyl is the file's last cylinder,
            // 0 in the last file (Hercules cckd.h CKD_DEVHDR; dasdinit 3.13 writes 1/2518 and 2/0 for a 3390-3).
            var header = new CkdDeviceHeader(
                CkdDeviceHeader.PlainId,
                Dasd3390Model.HeadsPerCylinder,
                CkdTrack.ImageSize,
                CkdDeviceHeader.Type3390,
                fileCount == 1 ? (byte)0 : (byte)(i + 1),
                last ? (ushort)0 : (ushort)(first + count - 1));
            files[i] = new File(names[i], first, count, header);
        }
        return files;
    }
}
