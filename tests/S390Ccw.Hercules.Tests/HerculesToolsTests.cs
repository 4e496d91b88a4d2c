using System;
using System.IO;
using S390Ccw.Hercules.Tests.Support;
using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>Finding the Hercules executables on PATH.</summary>
public sealed class HerculesToolsTests
{
    [Fact]
    public void ExecutableInSecondDirectory_IsFound()
    {
        if (OperatingSystem.IsWindows())
            return; // execute bits are a Unix notion; Windows accepts any file
        using var first = new TestDirectory();
        using var second = new TestDirectory();
        string tool = second.File("hercules");
        File.WriteAllText(tool, "#!/bin/sh\n");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        string? found = HerculesTools.FindOnPath("hercules", first.Path + Path.PathSeparator + second.Path);

        Assert.Equal(tool, found);
    }

    [Fact]
    public void FileWithoutExecuteBit_IsNotFound()
    {
        if (OperatingSystem.IsWindows())
            return; // execute bits are a Unix notion; Windows accepts any file
        using var directory = new TestDirectory();
        string tool = directory.File("dasdinit");
        File.WriteAllText(tool, "not a program");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Null(HerculesTools.FindOnPath("dasdinit", directory.Path));
    }

    [Fact]
    public void EmptyPath_FindsNothing()
    {
        Assert.Null(HerculesTools.FindOnPath("hercules", ""));
        Assert.Null(HerculesTools.FindOnPath("hercules", null));
    }
}
