namespace S390Ccw.Language.Analysis;

/// <summary>A chain the analysis followed: the IPL of volume <see cref="Name"/>, or program <see cref="Name"/>.</summary>
public sealed record ChainEntry(ChainEntryKind Kind, string Name, uint Address, SourceSpan Span)
{
    public override string ToString() => Kind == ChainEntryKind.Ipl ? $"IPL of volume {Name}" : $"program '{Name}'";
}
