using System;
using System.IO;

namespace S390Ccw.Samples.Tests.Support;

/// <summary>A temporary directory, deleted when disposed.</summary>
public sealed class TestDirectory : IDisposable
{
    public TestDirectory(string prefix = "s390ccw-samples-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
