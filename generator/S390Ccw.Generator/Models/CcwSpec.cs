namespace S390Ccw.Generator.Models;

/// <summary>One CCW of a program as the emitter needs it: storage address, fields and the .ccw line it came from.</summary>
internal sealed record CcwSpec(uint Address, byte Command, byte Flags, ushort Count, uint DataAddress, string Mnemonic, int Line);
