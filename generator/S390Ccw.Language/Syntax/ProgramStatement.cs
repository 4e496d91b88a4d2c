using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Syntax;

/// <summary><c>program NAME format0|format1 at ADDRESS</c>: opens a channel program.</summary>
internal sealed class ProgramStatement : Statement
{
    public ProgramStatement(Name name, CcwFormat format, Expression origin, SourceSpan span)
        : base(span)
    {
        Name = name;
        Format = format;
        Origin = origin;
    }

    public Name Name { get; }

    public CcwFormat Format { get; }

    public Expression Origin { get; }

    public override string Keyword => "program";
}
