using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>A <c>program</c> statement and the statements under it, with their layout once bound.</summary>
internal sealed class ProgramSection
{
    public ProgramSection(ProgramStatement header)
    {
        Header = header;
    }

    public ProgramStatement Header { get; }

    public string Name => Header.Name.Text;

    public CcwFormat Format => Header.Format;

    public List<Statement> Body { get; } = new();

    public uint Origin { get; set; }

    public List<LaidOutItem> Items { get; } = new();

    /// <summary>Address just past the last CCW or data item.</summary>
    public uint BodyEnd { get; set; }

    public uint PoolAddress { get; set; }

    public List<byte> Pool { get; } = new();

    public Dictionary<string, uint> Labels { get; } = new();

    /// <summary>True when the program is too large to build; it is then reported and left empty.</summary>
    public bool Oversized { get; set; }

    public int TotalSize => Oversized ? 0 : (int)((Pool.Count > 0 ? PoolAddress + (uint)Pool.Count : BodyEnd) - Origin);

    /// <summary>The volume whose records this program's high-level READs refer to, if known.</summary>
    public VolumeSection? Volume { get; set; }

    /// <summary>True when the program is the IPL1 record of a standard track 0 (it then starts after R1).</summary>
    public bool IsIpl1 { get; set; }

    /// <summary>The encoded program once <see cref="ProgramEncoder"/> has run.</summary>
    public AssembledProgram? Result { get; set; }

    /// <summary>Each CCW with the span of its address operand and whether its operands evaluated, for the chain checks.</summary>
    public List<(AssembledCcw Ccw, SourceSpan AddressSpan, bool Valid)> CcwSpans { get; } = new();

    public Cchhr? StartPosition => IsIpl1 ? new Cchhr(0, 0, 1) : null;
}
