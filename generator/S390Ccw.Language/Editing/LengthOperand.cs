namespace S390Ccw.Language.Editing;

/// <summary>The <c>len N</c> of a statement: the statement's span and the span of N, for edits that change the count.</summary>
public readonly record struct LengthOperand(SourceSpan Statement, SourceSpan Value);
