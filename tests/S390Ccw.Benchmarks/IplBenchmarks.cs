using System;
using BenchmarkDotNet.Attributes;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Ipl;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Benchmarks;

/// <summary>
/// Issue 4's figure: the in-process hardware IPL of a volume that loads a 12 MiB payload (222 whole-track
/// records) against a plain memory copy of the same bytes. Floor: the IPL takes at most twice the copy.
/// Both write into storage that already exists (the IPL as a load-normal into the machine's storage).
/// Run: dotnet run -c Release --project tests/S390Ccw.Benchmarks -- --filter '*IplBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class IplBenchmarks
{
    private const int PayloadBytes = 12 * 1024 * 1024;
    private MemoryTrackStore _volume = null!;
    private byte[] _payload = null!;
    private GuestStorage _storage = null!;
    private byte[] _copyTarget = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (layout, payload) = PayloadVolume.Build(PayloadBytes);
        _volume = layout.BuildStore();
        _payload = payload;
        _storage = new GuestStorage();
        _copyTarget = new byte[GuestStorage.DefaultSize];
        var check = Ipl();
        if (!check.Succeeded || !_storage.ReadBytes(PayloadVolume.LoadAddress, _payload.Length).AsSpan().SequenceEqual(_payload))
            throw new InvalidOperationException("the benchmark volume does not boot: " + check);
    }

    [Benchmark(Baseline = true, Description = "memory copy of the payload")]
    public void CopyPayload() => _payload.AsSpan().CopyTo(_copyTarget.AsSpan((int)PayloadVolume.LoadAddress));

    [Benchmark(Description = "hardware IPL loading the payload")]
    public IplResult Ipl() => new IplSequencer(_volume, new IplOptions { Storage = _storage }).Run(IplMode.Hardware);
}
