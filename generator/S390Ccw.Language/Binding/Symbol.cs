namespace S390Ccw.Language.Binding;

/// <summary>A defined label: its address, where it was defined, the program it belongs to and, for data, its size.</summary>
internal sealed record Symbol(string Name, long Value, SourceSpan Span, string Program, int? Size);
