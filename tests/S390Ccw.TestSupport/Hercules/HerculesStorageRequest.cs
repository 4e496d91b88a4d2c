namespace S390Ccw.TestSupport.Hercules;

/// <summary>A range of real storage to display with the panel command <c>r ADDR.LEN</c> after the run.</summary>
public readonly record struct HerculesStorageRequest(uint Address, int Length)
{
    public uint End => Address + (uint)Length;

    public override string ToString() => $"{Address:X}.{Length:X}";
}
