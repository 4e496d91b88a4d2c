using System.Collections.Generic;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Parsing;

/// <summary>The statements of one source text, in line order, and the text they came from.</summary>
internal sealed class ParsedFile
{
    public ParsedFile(string text, IReadOnlyList<Statement> statements)
    {
        Text = text;
        Statements = statements;
    }

    public string Text { get; }

    public IReadOnlyList<Statement> Statements { get; }
}
