using System;

namespace S390Ccw.Fuzz;

/// <summary>A fuzz property that did not hold (an outcome that is not architected, an internal error): a crash to afl-fuzz.</summary>
public sealed class FuzzPropertyException : Exception
{
    public FuzzPropertyException(string message)
        : base(message)
    {
    }
}
