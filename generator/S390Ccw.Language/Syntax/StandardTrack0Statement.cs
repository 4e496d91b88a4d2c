namespace S390Ccw.Language.Syntax;

/// <summary>
/// <c>standard track0 ipl1=NAME ipl2=NAME [vtoc cylC trkH]</c>: R1 IPL1, R2 IPL2 and R3 VOL1 of cylinder 0 head 0,
/// and the VTOC VOL1 points at (cylinder 0 head 1 unless the <c>vtoc</c> clause moves it).
/// </summary>
internal sealed class StandardTrack0Statement : Statement
{
    public StandardTrack0Statement(Name ipl1, Name ipl2, (Name Keyword, int Cylinder, int Head)? vtoc, SourceSpan span)
        : base(span)
    {
        Ipl1 = ipl1;
        Ipl2 = ipl2;
        Vtoc = vtoc;
    }

    public Name Ipl1 { get; }

    public Name Ipl2 { get; }

    /// <summary>The <c>vtoc cylC trkH</c> clause, or null for the usual place, cylinder 0 head 1.</summary>
    public (Name Keyword, int Cylinder, int Head)? Vtoc { get; }

    public override string Keyword => "standard";
}
