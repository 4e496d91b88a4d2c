namespace S390Ccw.Language.Syntax;

/// <summary><c>record C H R [key CONTENT] data CONTENT</c>: one CKD record of a volume.</summary>
internal sealed class RecordStatement : Statement
{
    public RecordStatement(Expression cylinder, Expression head, Expression record, RecordContent? key, RecordContent data, SourceSpan span)
        : base(span)
    {
        Cylinder = cylinder;
        Head = head;
        Record = record;
        Key = key;
        Data = data;
    }

    public Expression Cylinder { get; }

    public Expression Head { get; }

    public Expression Record { get; }

    public RecordContent? Key { get; }

    public RecordContent Data { get; }

    public override string Keyword => "record";
}
