using System.Collections.Generic;

namespace S390Ccw.Language.Syntax;

/// <summary><c>arg seek|search|define_extent|locate_record field value …</c>.</summary>
internal sealed class ArgumentBlockStatement : Statement
{
    public ArgumentBlockStatement(ArgumentKind kind, IReadOnlyList<ArgumentField> fields, SourceSpan span)
        : base(span)
    {
        Kind = kind;
        Fields = fields;
    }

    public ArgumentKind Kind { get; }

    public IReadOnlyList<ArgumentField> Fields { get; }

    public int Size => Kind switch
    {
        ArgumentKind.Seek => 6,
        ArgumentKind.Search => 5,
        _ => 16,
    };

    public override string Keyword => "arg";
}
