namespace S390Ccw.Language.Syntax;

/// <summary><c>standard track0 ipl1=NAME ipl2=NAME</c>: R1 IPL1, R2 IPL2 and R3 VOL1 of cylinder 0 head 0.</summary>
internal sealed class StandardTrack0Statement : Statement
{
    public StandardTrack0Statement(Name ipl1, Name ipl2, SourceSpan span)
        : base(span)
    {
        Ipl1 = ipl1;
        Ipl2 = ipl2;
    }

    public Name Ipl1 { get; }

    public Name Ipl2 { get; }

    public override string Keyword => "standard";
}
