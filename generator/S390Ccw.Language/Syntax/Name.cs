namespace S390Ccw.Language.Syntax;

/// <summary>A word of the source (label, mnemonic, keyword, program name) with its span.</summary>
internal readonly record struct Name(string Text, SourceSpan Span);
