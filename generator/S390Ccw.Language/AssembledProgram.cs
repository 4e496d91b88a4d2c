using System;
using System.Collections.Generic;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Language;

/// <summary>
/// A channel program as it sits in storage from <see cref="Origin"/>: its CCWs and data in source order,
/// then its literal pool (the Seek and Search arguments of high-level READs) from
/// <see cref="LiteralPoolAddress"/>.
/// </summary>
public sealed class AssembledProgram
{
    private readonly Lazy<string> _listing;

    internal AssembledProgram(
        string name, CcwFormat format, uint origin, byte[] bytes, IReadOnlyList<AssembledCcw> ccws,
        IReadOnlyDictionary<string, uint> labels, uint literalPoolAddress, int literalPoolLength,
        IReadOnlyList<SplitPoint> splitPoints, SourceSpan span, Func<AssembledProgram, string> listing)
    {
        Name = name;
        Format = format;
        Origin = origin;
        Bytes = bytes;
        Ccws = ccws;
        Labels = labels;
        LiteralPoolAddress = literalPoolAddress;
        LiteralPoolLength = literalPoolLength;
        SplitPoints = splitPoints;
        Span = span;
        _listing = new Lazy<string>(() => listing(this));
    }

    public string Name { get; }

    public CcwFormat Format { get; }

    public uint Origin { get; }

    /// <summary>Everything from <see cref="Origin"/>: CCWs and data, padding, literal pool.</summary>
    public byte[] Bytes { get; }

    public IReadOnlyList<AssembledCcw> Ccws { get; }

    /// <summary>The labels defined inside this program, and the program's own name (its origin).</summary>
    public IReadOnlyDictionary<string, uint> Labels { get; }

    /// <summary>Address of the literal pool (just past the CCWs and data, doubleword aligned).</summary>
    public uint LiteralPoolAddress { get; }

    public int LiteralPoolLength { get; }

    public IReadOnlyList<SplitPoint> SplitPoints { get; }

    /// <summary>The span of the <c>program</c> statement.</summary>
    public SourceSpan Span { get; }

    public uint End => Origin + (uint)Bytes.Length;

    /// <summary>An assembler listing: address, object bytes, source line.</summary>
    public string Listing => _listing.Value;
}
