using S390Ccw.Language.Devices;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Language;

/// <summary>
/// One CCW as placed in storage: its address, value, the mnemonic it was written with and its source.
/// <see cref="Record"/> is the record a high-level <c>READ cylC trkH recR</c> (or <c>READ next</c>
/// whose record is known) reads; every CCW of that expansion carries it.
/// </summary>
public sealed record AssembledCcw(uint Address, Ccw Ccw, string Mnemonic, SourceSpan Span, Cchhr? Record);
