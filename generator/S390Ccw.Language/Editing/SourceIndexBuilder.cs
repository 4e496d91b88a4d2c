using System.Collections.Generic;
using S390Ccw.Language.Parsing;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Editing;

/// <summary>Walks the statements of one parsed text and collects <see cref="SourceIndex"/>'s definitions, uses and tokens.</summary>
internal sealed class SourceIndexBuilder
{
    private readonly string _text;
    private readonly List<SourceToken> _tokens = new();
    private string? _program;
    private string? _volume;

    public SourceIndexBuilder(string text)
    {
        _text = text;
    }

    public List<SourceSymbol> Symbols { get; } = new();

    public List<SourceReference> References { get; } = new();

    public List<LengthOperand> Lengths { get; } = new();

    public List<SourceToken> SortedTokens()
    {
        // The walk visits words in source order, so the list is nearly always sorted already; sort only when not.
        for (int i = 1; i < _tokens.Count; i++)
        {
            if (_tokens[i].Span.Position < _tokens[i - 1].Span.Position)
            {
                _tokens.Sort(SourceIndex.CompareByPosition);
                break;
            }
        }
        // Tokens never overlap in a well-formed tree; drop any that would, so a client's delta encoding stays valid.
        var result = new List<SourceToken>(_tokens.Count);
        int end = -1;
        foreach (var token in _tokens)
        {
            if (token.Span.Position < end || token.Span.Length == 0) continue;
            result.Add(token);
            end = token.Span.End;
        }
        return result;
    }

    public void Add(Statement statement)
    {
        if (statement.Label is { } label)
        {
            Symbols.Add(new SourceSymbol(label.Text, SourceSymbolKind.Label, label.Span, statement.LineSpan, _program));
            Token(label.Span, SourceTokenKind.LabelDefinition);
        }
        switch (statement)
        {
            case ProgramStatement program:
                _program = program.Name.Text;
                _volume = null;
                Symbols.Add(new SourceSymbol(program.Name.Text, SourceSymbolKind.Program, program.Name.Span, statement.LineSpan, null));
                HeadKeyword(statement);
                Token(program.Name.Span, SourceTokenKind.ProgramDefinition);
                Expression(program.Origin);
                break;
            case VolumeStatement volume:
                _program = null;
                _volume = volume.Volser.Text;
                Symbols.Add(new SourceSymbol(volume.Volser.Text, SourceSymbolKind.Volume, volume.Volser.Span, statement.LineSpan, null));
                HeadKeyword(statement);
                Token(volume.Volser.Span, SourceTokenKind.VolumeDefinition);
                Expression(volume.Model);
                Expression(volume.Cylinders);
                break;
            case RecordStatement record:
                string name = "record " + TextOf(record.Cylinder) + " " + TextOf(record.Head) + " " + TextOf(record.Record);
                Symbols.Add(new SourceSymbol(name, SourceSymbolKind.Record, statement.Span, statement.LineSpan, _volume));
                HeadKeyword(statement);
                Expression(record.Cylinder);
                Expression(record.Head);
                Expression(record.Record);
                Content(record.Key);
                Content(record.Data);
                break;
            default:
                Body(statement);
                break;
        }
    }

    /// <summary>The statements that may also stand inside a record's content.</summary>
    private void Body(Statement statement)
    {
        switch (statement)
        {
            case CommandStatement command:
                Token(command.Mnemonic.Span, SourceTokenKind.Mnemonic);
                Operands(statement, command.Operands);
                break;
            case ReadStatement read:
                HeadKeyword(statement);
                Expression(read.Destination);
                Operands(statement, read.Tail);
                break;
            case RawCcwStatement raw:
                HeadKeyword(statement);
                Expression(raw.Command);
                Expression(raw.Address);
                Expression(raw.FlagsValue);
                if (raw.FlagNames is { } flags)
                {
                    foreach (var flag in flags) Token(flag.Span, SourceTokenKind.Flag);
                }
                Expression(raw.Count);
                break;
            case StandardTrack0Statement standard:
                HeadKeyword(statement);
                Use(standard.Ipl1);
                Use(standard.Ipl2);
                break;
            case PswStatement psw:
                HeadKeyword(statement);
                Expression(psw.Value);
                break;
            case DataStatement data:
                HeadKeyword(statement);
                foreach (var item in data.Items) Expression(item);
                break;
            case TextStatement text:
                HeadKeyword(statement);
                Token(text.Text.Span, SourceTokenKind.String);
                break;
            case AlignStatement align:
                HeadKeyword(statement);
                Expression(align.Boundary);
                break;
            case SpaceStatement space:
                HeadKeyword(statement);
                Expression(space.Size);
                break;
            case ArgumentBlockStatement argument:
                HeadKeyword(statement);
                foreach (var field in argument.Fields)
                {
                    Token(field.Name.Span, SourceTokenKind.Field);
                    if (field.Word is { } word) Token(word.Span, SourceTokenKind.Flag);
                    foreach (var value in field.Values) Expression(value);
                }
                break;
            case SplitStatement:
                HeadKeyword(statement);
                break;
        }
    }

    private void Content(RecordContent? content)
    {
        if (content is null) return;
        if (content.Program is { } program) Use(program);
        if (content.File is { } file) Token(file.Span, SourceTokenKind.String);
        if (content.Directive is { } directive) Body(directive);
    }

    private void Operands(Statement statement, OperandList operands)
    {
        Expression(operands.Address);
        foreach (var flag in operands.Flags) Token(flag.Span, SourceTokenKind.Flag);
        Expression(operands.Length);
        if (operands.Length is { } length) Lengths.Add(new LengthOperand(statement.Span, length.Span));
    }

    private void Expression(Expression? expression)
    {
        switch (expression)
        {
            case NumberExpression number:
                Token(number.Span, SourceTokenKind.Number);
                break;
            case SymbolExpression symbol:
                References.Add(new SourceReference(symbol.Name, symbol.Span));
                Token(symbol.Span, SourceTokenKind.SymbolReference);
                break;
            case UnaryExpression unary:
                Expression(unary.Operand);
                break;
            case BinaryExpression binary:
                Expression(binary.Left);
                Expression(binary.Right);
                break;
        }
    }

    private void Use(Name name)
    {
        References.Add(new SourceReference(name.Text, name.Span));
        Token(name.Span, SourceTokenKind.SymbolReference);
    }

    /// <summary>The statement's first word (program, READ, psw, …), which its span starts with.</summary>
    private void HeadKeyword(Statement statement)
    {
        int start = statement.Span.Position;
        int end = start;
        while (end < _text.Length && end < statement.Span.End && Lexemes.IsNamePart(_text[end])) end++;
        if (end > start) Token(SourceSpan.InLine(start, end - start, statement.Span.Line, statement.Span.Column), SourceTokenKind.Keyword);
    }

    private string TextOf(Expression expression) =>
        expression.Span.End <= _text.Length ? _text.Substring(expression.Span.Position, expression.Span.Length) : "?";

    private void Token(SourceSpan span, SourceTokenKind kind) => _tokens.Add(new SourceToken(span, kind));
}
