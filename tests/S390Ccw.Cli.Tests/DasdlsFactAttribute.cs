using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Cli.Tests;

/// <summary>A fact that needs Hercules' <c>dasdls</c>; skipped, with the reason, where it is not on PATH.</summary>
public sealed class DasdlsFactAttribute : FactAttribute
{
    public DasdlsFactAttribute()
    {
        if (HerculesTools.Dasdls is null) Skip = HerculesTools.MissingReason("dasdls");
    }
}
