using System;

namespace S390Ccw.Samples.Tests.Support;

/// <summary>
/// A sample run once as its own process, writing its image into a temporary directory: the class fixture
/// the tests of one sample share (running a sample costs a process start).
/// </summary>
public abstract class SampleRun : IDisposable
{
    protected SampleRun(string sample, string imageName)
    {
        Image = Directory.File(imageName);
        Result = SampleApps.Run(sample, Image);
        Lines = Result.Output.TrimEnd('\n').Split('\n');
    }

    public TestDirectory Directory { get; } = new();

    public string Image { get; }

    public ProcessResult Result { get; }

    public string[] Lines { get; }

    public void Dispose() => Directory.Dispose();
}
