namespace S390Ccw.Runtime.Ipl;

/// <summary>A place where an IPL cut a chain in two starts: the READ whose chain bit was cleared, its TIC, and where the next start began.</summary>
public readonly record struct ChainSplit(uint ReadAddress, uint TicAddress, uint RestartAddress)
{
    public override string ToString() => $"READ at 0x{ReadAddress:X6} split from TIC at 0x{TicAddress:X6}; restart at 0x{RestartAddress:X6}";
}
