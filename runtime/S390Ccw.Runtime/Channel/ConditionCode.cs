namespace S390Ccw.Runtime.Channel;

/// <summary>The condition code an I/O instruction sets (SA22-7832 ch. 14; SA22-7832 ch. 15, "Operation-Request Block": SSCH 0 initiated, 1 status pending, 2 busy, 3 not operational).</summary>
public enum ConditionCode
{
    Zero = 0,
    One = 1,
    Two = 2,
    Three = 3,
}
