using S390Ccw.Language.Devices;

namespace S390Ccw.Language;

/// <summary>
/// One CKD record of a volume: its CCHHR, key and data exactly as the image writer puts them after the
/// 8-byte count field (KL = Key.Length, DL = Data.Length), where it was defined, and the program whose
/// bytes it holds, if any.
/// </summary>
public sealed record RecordDefinition(Cchhr Address, byte[] Key, byte[] Data, SourceSpan Span, string? SourceProgram);
