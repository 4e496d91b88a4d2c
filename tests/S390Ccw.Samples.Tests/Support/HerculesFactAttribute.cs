using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Samples.Tests.Support;

/// <summary>A fact skipped, with the reason, where Hercules is not on PATH (xunit 2.9 decides skips when it reads the attribute).</summary>
public sealed class HerculesFactAttribute : FactAttribute
{
    public HerculesFactAttribute()
    {
        if (!HerculesTools.IsHerculesAvailable) Skip = HerculesTools.MissingReason("hercules");
    }
}
