namespace S390Ccw.Language.Syntax;

/// <summary><c>volume VOLSER 3390 [model N | cylinders N]</c>: opens a volume description.</summary>
internal sealed class VolumeStatement : Statement
{
    public VolumeStatement(Name volser, Expression? model, Expression? cylinders, SourceSpan span)
        : base(span)
    {
        Volser = volser;
        Model = model;
        Cylinders = cylinders;
    }

    public Name Volser { get; }

    public Expression? Model { get; }

    public Expression? Cylinders { get; }

    public override string Keyword => "volume";
}
