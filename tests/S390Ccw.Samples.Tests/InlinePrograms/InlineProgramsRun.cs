using S390Ccw.Samples.Tests.Support;

namespace S390Ccw.Samples.Tests.InlinePrograms;

/// <summary>samples/InlinePrograms run once, shared by <see cref="InlineProgramsSampleTests"/>.</summary>
public sealed class InlineProgramsRun : SampleRun
{
    public InlineProgramsRun()
        : base("InlinePrograms", "inline.3390")
    {
    }
}
