using S390Ccw.Generator.Helpers;

namespace S390Ccw.Generator.Models;

/// <summary>
/// A [ChannelProgram] partial method: where it lives (namespace, containing types with their
/// keywords), its signature, and the program assembled from the attribute's string.
/// </summary>
internal sealed record InlineSpec(
    string HintName,
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string MethodModifiers,
    string MethodName,
    ProgramSpec? Program,
    EquatableArray<DiagnosticInfo> Diagnostics);
