namespace S390Ccw.Language.Syntax;

/// <summary>
/// <c>split</c>: marks the TIC that follows as a prefetch split point, where an IPL sequencer that
/// must run the chain in prefetch-safe segments restarts at the TIC's target.
/// </summary>
internal sealed class SplitStatement : Statement
{
    public SplitStatement(SourceSpan span)
        : base(span)
    {
    }

    public override string Keyword => "split";
}
