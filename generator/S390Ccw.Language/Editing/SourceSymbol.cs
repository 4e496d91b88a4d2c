namespace S390Ccw.Language.Editing;

/// <summary>
/// A definition in a .ccw file: a program, a label, a volume or a record.
/// </summary>
/// <param name="Name">The name as written ("ipl2", "HELLO1"); for a record "record C H R".</param>
/// <param name="Kind">Program, label, volume or record.</param>
/// <param name="NameSpan">Where the name is written (the label without its colon).</param>
/// <param name="StatementSpan">The whole source line that defines it.</param>
/// <param name="Container">The program or volume it belongs to, if any.</param>
public sealed record SourceSymbol(string Name, SourceSymbolKind Kind, SourceSpan NameSpan, SourceSpan StatementSpan, string? Container);
