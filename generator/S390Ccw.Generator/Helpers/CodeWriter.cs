using System.Text;

namespace S390Ccw.Generator.Helpers;

/// <summary>A small indented text writer for generated source (Roslyn docs/features/incremental-generators.cookbook.md: text, not SyntaxFactory).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public void Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
    }

    /// <summary>A line at column 0, as preprocessor directives are written.</summary>
    public void Raw(string line) => _text.Append(line).Append('\n');

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close(string closing = "}")
    {
        _indent--;
        Line(closing);
    }

    public override string ToString() => _text.ToString();
}
