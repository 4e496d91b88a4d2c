using S390Ccw.Samples.Tests.Support;

namespace S390Ccw.Samples.Tests.HelloIpl;

/// <summary>samples/HelloIpl run once, shared by <see cref="HelloIplSampleTests"/>.</summary>
public sealed class HelloIplRun : SampleRun
{
    public HelloIplRun()
        : base("HelloIpl", "hello.3390")
    {
    }
}
