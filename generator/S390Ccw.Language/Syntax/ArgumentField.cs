using System.Collections.Generic;

namespace S390Ccw.Language.Syntax;

/// <summary>One named field of an argument block: <c>cyl 0</c>, <c>begin 0 0</c>, <c>orient data</c>.</summary>
internal sealed class ArgumentField
{
    public ArgumentField(Name name, IReadOnlyList<Expression> values, Name? word)
    {
        Name = name;
        Values = values;
        Word = word;
    }

    public Name Name { get; }

    public IReadOnlyList<Expression> Values { get; }

    /// <summary>The keyword value of a field that takes a word (orient count|home|data|index).</summary>
    public Name? Word { get; }
}
