using S390Ccw.Generator.Helpers;

namespace S390Ccw.Generator.Models;

/// <summary>
/// A [ChannelProgram] partial method: where it lives (namespace, containing types with their keywords),
/// its declaration as the generated part repeats it, and either the program assembled from the attribute's
/// string or, when the method or its string has an error, the message its generated body throws (so that
/// the CCW diagnostic is the only error the user sees). <see cref="Emit"/> is false where no generated
/// part can be valid C# (the method or a containing type is not partial).
/// </summary>
internal sealed record InlineSpec(
    string HintName,
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string Declaration,
    string MethodName,
    ProgramSpec? Program,
    string Failure,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool Emit);
