using System;
using System.Collections.Generic;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Runtime.Programs;

/// <summary>
/// An assembled channel program: its bytes as they sit in storage from <see cref="Origin"/>
/// (CCWs, then the literal pool), its CCWs and labels, and the TICs marked as prefetch split points.
/// Generated code creates these; so does <see cref="FromAssembly"/> for programs assembled at run time.
/// </summary>
public sealed class ChannelProgram
{
    private readonly byte[] _bytes;

    public ChannelProgram(
        string name,
        CcwFormat format,
        uint origin,
        byte[] bytes,
        IReadOnlyList<ProgramCcw> ccws,
        IReadOnlyDictionary<string, uint> labels,
        IReadOnlyList<uint> splitTics)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Format = format;
        Origin = origin;
        _bytes = bytes ?? throw new ArgumentNullException(nameof(bytes));
        Ccws = ccws ?? throw new ArgumentNullException(nameof(ccws));
        Labels = labels ?? throw new ArgumentNullException(nameof(labels));
        SplitTics = splitTics ?? throw new ArgumentNullException(nameof(splitTics));
    }

    public string Name { get; }

    public CcwFormat Format { get; }

    public uint Origin { get; }

    public ReadOnlySpan<byte> Bytes => _bytes;

    public int Length => _bytes.Length;

    public IReadOnlyList<ProgramCcw> Ccws { get; }

    public IReadOnlyDictionary<string, uint> Labels { get; }

    /// <summary>Addresses of TICs the source marked with <c>split</c>: the sequencer restarts at their targets.</summary>
    public IReadOnlyList<uint> SplitTics { get; }

    public override string ToString() => $"{Name} ({Format}, {Ccws.Count} CCWs at 0x{Origin:X8})";
}
