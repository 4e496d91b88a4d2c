using S390Ccw.Language.Encoding;

namespace S390Ccw.Runtime.Programs;

/// <summary>One CCW of an assembled program: where it sits in storage, its value, and the .ccw line it came from.</summary>
public readonly record struct ProgramCcw(uint Address, Ccw Ccw, string Mnemonic, int SourceLine);
