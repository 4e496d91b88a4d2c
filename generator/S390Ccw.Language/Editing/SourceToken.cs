namespace S390Ccw.Language.Editing;

/// <summary>One classified word of the source.</summary>
public readonly record struct SourceToken(SourceSpan Span, SourceTokenKind Kind);
