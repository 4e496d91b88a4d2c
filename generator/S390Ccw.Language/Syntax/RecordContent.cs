namespace S390Ccw.Language.Syntax;

/// <summary>Where a record's key or data comes from: a program, an included file or a data directive.</summary>
internal sealed class RecordContent
{
    private RecordContent(SourceSpan span, Name? program, StringLiteral? file, Statement? directive)
    {
        Span = span;
        Program = program;
        File = file;
        Directive = directive;
    }

    public SourceSpan Span { get; }

    public Name? Program { get; }

    public StringLiteral? File { get; }

    public Statement? Directive { get; }

    public static RecordContent FromProgram(Name program, SourceSpan span) => new(span, program, null, null);

    public static RecordContent FromFile(StringLiteral file, SourceSpan span) => new(span, null, file, null);

    public static RecordContent FromDirective(Statement directive) => new(directive.Span, null, null, directive);
}
