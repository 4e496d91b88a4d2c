using System;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The data of one command between channel and device. A ref struct so that input can be a span
/// of the device's own memory (a cached track) and be copied once, straight into guest storage.
/// </summary>
public ref struct DeviceTransfer
{
    private readonly Span<byte> _scratch;
    private ReadOnlySpan<byte> _input;

    internal DeviceTransfer(ReadOnlySpan<byte> output, Span<byte> scratch)
    {
        Output = output;
        _scratch = scratch;
        _input = default;
        Consumed = output.Length;
        More = false;
    }

    /// <summary>Output data fetched from storage (write, control and search commands).</summary>
    public ReadOnlySpan<byte> Output { get; }

    /// <summary>A buffer of at least 64 KiB that the device may build input in.</summary>
    public readonly Span<byte> Scratch => _scratch;

    /// <summary>The input the device presented.</summary>
    public readonly ReadOnlySpan<byte> Input => _input;

    /// <summary>Output bytes the device took; defaults to all of them.</summary>
    public int Consumed { get; set; }

    /// <summary>
    /// Set by the device when it needed more output than was given, or had more input than it
    /// presented: the channel then indicates incorrect length unless SLI (Hercules "more").
    /// </summary>
    public bool More { get; set; }

    /// <summary>Presents input data: a slice of <see cref="Scratch"/> or of the device's own memory.</summary>
    public void SetInput(ReadOnlySpan<byte> data) => _input = data;
}
