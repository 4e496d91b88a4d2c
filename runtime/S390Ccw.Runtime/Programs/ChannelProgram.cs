using System;
using System.Collections.Generic;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Storage;

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

    /// <summary>A program the language core assembled at run time (generated code builds the same object at compile time).</summary>
    public static ChannelProgram FromAssembly(S390Ccw.Language.AssembledProgram program)
    {
        if (program is null) throw new ArgumentNullException(nameof(program));
        var ccws = new List<ProgramCcw>(program.Ccws.Count);
        foreach (var c in program.Ccws) ccws.Add(new ProgramCcw(c.Address, c.Ccw, c.Mnemonic, c.Span.Line));
        var splits = new List<uint>(program.SplitPoints.Count);
        foreach (var s in program.SplitPoints) splits.Add(s.TicAddress);
        return new ChannelProgram(program.Name, program.Format, program.Origin, program.Bytes, ccws, program.Labels, splits);
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

    /// <summary>Copies the program's bytes into guest storage at its origin.</summary>
    public void LoadInto(GuestStorage storage)
    {
        if (storage is null) throw new ArgumentNullException(nameof(storage));
        if (!storage.Contains(Origin, _bytes.Length))
            throw new ArgumentOutOfRangeException(nameof(storage), $"program {Name} (0x{Origin:X8}..0x{Origin + (uint)_bytes.Length:X8}) does not fit in {storage.Size} bytes of storage");
        storage.Write(Origin, _bytes);
    }

    /// <summary>The address of the first CCW: the origin, unless the program begins with data (an IPL1 record's PSW).</summary>
    public uint EntryAddress => Ccws.Count > 0 ? Ccws[0].Address : Origin;

    /// <summary>An ORB that starts this program at <see cref="EntryAddress"/>, in its format, with P as given.</summary>
    public Orb CreateOrb(bool prefetch = false, byte key = 0, uint interruptionParameter = 0) =>
        Orb.For(EntryAddress, Format, key) with { Prefetch = prefetch, InterruptionParameter = interruptionParameter };

    /// <summary>Loads the program into the subsystem's storage and starts it on the device's subchannel.</summary>
    public StartResult Start(ChannelSubsystem subsystem, ushort deviceNumber, bool prefetch = false)
    {
        if (subsystem is null) throw new ArgumentNullException(nameof(subsystem));
        LoadInto(subsystem.Storage);
        return subsystem.StartSubchannel(deviceNumber, CreateOrb(prefetch));
    }

    public override string ToString() => $"{Name} ({Format}, {Ccws.Count} CCWs at 0x{Origin:X8})";
}
