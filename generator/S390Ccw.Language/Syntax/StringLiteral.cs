namespace S390Ccw.Language.Syntax;

/// <summary>A double-quoted string with its escapes (\" and \\) already resolved.</summary>
internal readonly record struct StringLiteral(string Value, SourceSpan Span);
