namespace S390Ccw.Language.Analysis;

/// <summary>Where a statically followed chain starts.</summary>
public enum ChainEntryKind
{
    /// <summary>The IPL of a volume: the implied READ IPL CCW at 0 (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl).</summary>
    Ipl,

    /// <summary>A program started at its first CCW, with only its own bytes in storage.</summary>
    Program,
}
