namespace S390Ccw.Language.Editing;

/// <summary>A use of a label or a program name (an operand, <c>data program NAME</c>, <c>ipl1=NAME</c>).</summary>
public readonly record struct SourceReference(string Name, SourceSpan Span);
