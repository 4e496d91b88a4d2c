using System;
using S390Ccw.Samples.Tests.Support;

namespace S390Ccw.Samples.Tests.HelloIpl;

/// <summary>samples/HelloIpl run once as its own process, writing its image into a temporary directory; shared by the class's tests.</summary>
public sealed class HelloIplRun : IDisposable
{
    public HelloIplRun()
    {
        Image = Directory.File("hello.3390");
        Result = SampleApps.Run("HelloIpl", Image);
        Lines = Result.Output.TrimEnd('\n').Split('\n');
    }

    public TestDirectory Directory { get; } = new();

    public string Image { get; }

    public ProcessResult Result { get; }

    public string[] Lines { get; }

    public void Dispose() => Directory.Dispose();
}
