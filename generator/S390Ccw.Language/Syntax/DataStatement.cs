using System.Collections.Generic;

namespace S390Ccw.Language.Syntax;

/// <summary><c>data [byte|half|word|dword] e1, e2, …</c>: big-endian items of one width.</summary>
internal sealed class DataStatement : Statement
{
    public DataStatement(DataWidth width, IReadOnlyList<Expression> items, SourceSpan span)
        : base(span)
    {
        Width = width;
        Items = items;
    }

    public DataWidth Width { get; }

    public IReadOnlyList<Expression> Items { get; }

    public override string Keyword => "data";
}
