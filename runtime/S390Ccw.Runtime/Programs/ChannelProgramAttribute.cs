using System;
using S390Ccw.Language.Encoding;

namespace S390Ccw;

/// <summary>
/// Marks a <c>static partial</c> method returning <see cref="Runtime.Programs.ChannelProgram"/> whose body the
/// S390Ccw generator writes from the CCW source given here, in the style of <c>[GeneratedRegex]</c>:
/// <code>[ChannelProgram("READ cyl0 trk0 rec2 -> 0x2000, len 144")] static partial ChannelProgram LoadIpl2();</code>
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ChannelProgramAttribute : Attribute
{
    public ChannelProgramAttribute(string source) => Source = source;

    /// <summary>The program's statements, one per line, as in a .ccw file without the <c>program</c> line.</summary>
    public string Source { get; }

    /// <summary>CCW format of the program; format-0 unless set.</summary>
    public CcwFormat Format { get; set; } = CcwFormat.Format0;

    /// <summary>Storage address of the first CCW; 0x1000 unless set. Must be doubleword aligned.</summary>
    public uint Origin { get; set; } = 0x1000;
}
