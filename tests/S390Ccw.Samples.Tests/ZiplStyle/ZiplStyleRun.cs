using S390Ccw.Samples.Tests.Support;

namespace S390Ccw.Samples.Tests.ZiplStyle;

/// <summary>samples/ZiplStyle run once, shared by <see cref="ZiplStyleSampleTests"/>.</summary>
public sealed class ZiplStyleRun : SampleRun
{
    public ZiplStyleRun()
        : base("ZiplStyle", "zipl.3390")
    {
    }
}
