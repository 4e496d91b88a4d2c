using System;
using Xunit;

namespace S390Ccw.Runtime.Tests.Images;

/// <summary>
/// A fact that needs Hercules utilities: it is skipped, with the missing tool named, where they are not
/// on PATH (xunit 2 has no run-time skip, so the attribute decides when tests are discovered).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HerculesFactAttribute : FactAttribute
{
    public HerculesFactAttribute(params string[] tools)
    {
        foreach (var tool in tools)
        {
            if (HerculesTool.Find(tool) is null)
            {
                Skip = $"'{tool}' (Hercules 3.13) is not on PATH; install the hercules package to run this test";
                return;
            }
        }
    }
}
