using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Syntax;

/// <summary>One flag name of an operand list (CC, CD, SLI, SKIP, PCI, IDA, S, MIDA).</summary>
internal readonly record struct FlagOperand(CcwFlags Flag, string Text, SourceSpan Span);
