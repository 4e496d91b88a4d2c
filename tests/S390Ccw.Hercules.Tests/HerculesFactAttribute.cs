using S390Ccw.TestSupport.Hercules;
using Xunit;

namespace S390Ccw.Hercules.Tests;

/// <summary>
/// A fact that is skipped, with a reason, where Hercules is not installed. xunit 2.9 has no
/// dynamic skip, so the skip reason is decided when the attribute is read.
/// </summary>
public sealed class HerculesFactAttribute : FactAttribute
{
    private bool requiresDasdinit;

    public HerculesFactAttribute()
    {
        UpdateSkip();
    }

    /// <summary>The test also needs <c>dasdinit</c>.</summary>
    public bool RequiresDasdinit
    {
        get => requiresDasdinit;
        set
        {
            requiresDasdinit = value;
            UpdateSkip();
        }
    }

    private void UpdateSkip()
    {
        if (HerculesTools.Hercules is null)
            Skip = HerculesTools.MissingReason("hercules");
        else if (requiresDasdinit && HerculesTools.Dasdinit is null)
            Skip = HerculesTools.MissingReason("dasdinit");
    }
}
