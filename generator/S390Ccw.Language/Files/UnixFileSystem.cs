using System;
using System.Runtime.InteropServices;

namespace S390Ccw.Language.Files;

/// <summary>
/// realpath(3) and stat(2) from the C library, which netstandard2.0 has no managed form of: the type
/// of a file (to refuse a FIFO before open(2) blocks on it) and the path of a file with every symbolic
/// link resolved (to keep includes inside their folder). Linux (glibc, x86-64 and AArch64) and macOS.
/// </summary>
internal static class UnixFileSystem
{
    private const string LinuxLibc = "libc.so.6";
    private const string MacLibc = "/usr/lib/libSystem.dylib";

    // S_IFMT and its values, the same on Linux and macOS (POSIX sys/stat.h).
    private const uint TypeMask = 0xF000;

    /// <summary>True where <see cref="RealPath"/> and <see cref="KindOf"/> can answer.</summary>
    public static bool IsSupported => ModeOffset >= 0;

    private static bool IsLinux => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    /// <summary>
    /// Offset of st_mode in struct stat: x86-64 Linux has st_dev, st_ino, st_nlink (8 bytes each) before
    /// it; the generic Linux layout (AArch64) has st_dev, st_ino; macOS (64-bit inodes) has a 4-byte st_dev.
    /// </summary>
    private static int ModeOffset
    {
        get
        {
            var architecture = RuntimeInformation.ProcessArchitecture;
            if (IsLinux) return architecture == Architecture.X64 ? 24 : architecture == Architecture.Arm64 ? 16 : -1;
            if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) return architecture is Architecture.X64 or Architecture.Arm64 ? 4 : -1;
            return -1;
        }
    }

    /// <summary>The type of the file <paramref name="path"/> names, links followed; errno when stat fails.</summary>
    public static FileKind KindOf(string path, out int errno)
    {
        errno = 0;
        int offset = ModeOffset;
        if (offset < 0) return FileKind.Unknown;
        var buffer = new byte[256]; // struct stat is 144 bytes on x86-64 Linux, 128 on AArch64, 144 on macOS
        if (Stat(path, buffer) != 0)
        {
            errno = Marshal.GetLastWin32Error();
            return FileKind.Missing;
        }
        uint mode = BitConverter.ToUInt32(buffer, offset);
        if (!IsLinux) mode &= 0xFFFF; // mode_t is 16 bits on macOS
        return (mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>The canonical path (every link, '.', '..' resolved), or null with errno set.</summary>
    public static string? RealPath(string path, out int errno)
    {
        errno = 0;
        IntPtr result = IsLinux ? LinuxRealPath(path, IntPtr.Zero) : MacRealPath(path, IntPtr.Zero);
        if (result == IntPtr.Zero)
        {
            errno = Marshal.GetLastWin32Error();
            return null;
        }
        try
        {
            return Utf8(result);
        }
        finally
        {
            if (IsLinux) LinuxFree(result);
            else MacFree(result);
        }
    }

    /// <summary>errno in words, for the values a path lookup gives (Linux and macOS numbering).</summary>
    public static string Describe(int errno) => (errno, IsLinux) switch
    {
        (2, _) => "no such file or folder",
        (13, _) => "permission denied",
        (20, _) => "a part of the path is not a folder",
        (40, true) or (62, false) => "too many levels of symbolic links (a link loop)",
        (36, true) or (63, false) => "the path is too long",
        _ => "the system refused it (errno " + errno + ")",
    };

    private static int Stat(string path, byte[] buffer)
    {
        if (!IsLinux) return RuntimeInformation.ProcessArchitecture == Architecture.X64 ? MacStat64(path, buffer) : MacStat(path, buffer);
        try
        {
            return LinuxStat(path, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            // glibc before 2.33 exports stat only as __xstat(_STAT_VER, …): 1 on x86-64, 0 on AArch64.
            return LinuxXStat(RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 1 : 0, path, buffer);
        }
    }

    private static string Utf8(IntPtr text)
    {
        int length = 0;
        while (Marshal.ReadByte(text, length) != 0) length++;
        var bytes = new byte[length];
        Marshal.Copy(text, bytes, 0, length);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    [DllImport(LinuxLibc, EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr LinuxRealPath(string path, IntPtr resolved);

    [DllImport(LinuxLibc, EntryPoint = "free")]
    private static extern void LinuxFree(IntPtr pointer);

    [DllImport(LinuxLibc, EntryPoint = "stat", SetLastError = true)]
    private static extern int LinuxStat(string path, byte[] buffer);

    [DllImport(LinuxLibc, EntryPoint = "__xstat", SetLastError = true)]
    private static extern int LinuxXStat(int version, string path, byte[] buffer);

    [DllImport(MacLibc, EntryPoint = "realpath$DARWIN_EXTSN", SetLastError = true)]
    private static extern IntPtr MacRealPath(string path, IntPtr resolved);

    [DllImport(MacLibc, EntryPoint = "free")]
    private static extern void MacFree(IntPtr pointer);

    [DllImport(MacLibc, EntryPoint = "stat", SetLastError = true)]
    private static extern int MacStat(string path, byte[] buffer);

    [DllImport(MacLibc, EntryPoint = "stat$INODE64", SetLastError = true)]
    private static extern int MacStat64(string path, byte[] buffer);
}
