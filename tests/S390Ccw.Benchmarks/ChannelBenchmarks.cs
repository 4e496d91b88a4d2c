using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Benchmarks;

/// <summary>
/// The channel figures of issue 3, in one run:
/// <list type="bullet">
/// <item>"SearchLoop": a SEEK / SEARCH_ID_EQ / TIC loop over a full 3390 track (78 records of 80
/// bytes, the most a track holds, IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track) for the last record, then READ_DATA. The time
/// reported is per CCW (OperationsPerInvoke); the floor is 10 million CCWs per second, 100 ns.</item>
/// <item>"Read64MiB": 64 MiB in 1185 keyless records of 56664 bytes (one per track, 79 cylinders)
/// read into storage by SEEK + 15 × READ_DATA_MT per cylinder, format-1 direct addresses, against
/// a plain copy of as many bytes (the baseline). The floor is a ratio of at most 2.</item>
/// </list>
/// Run: <c>dotnet run -c Release --project tests/S390Ccw.Benchmarks -- --filter '*ChannelBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class ChannelBenchmarks
{
    private const ushort SearchDevice = 0x0190;
    private const ushort ReadDevice = 0x0191;
    private const int RecordsPerTrack = 78;
    private const int StartsPerInvoke = 100;

    /// <summary>SEEK + 79 searches (R0..R78) + 78 TICs + READ_DATA.</summary>
    private const int CcwsPerStart = 1 + (RecordsPerTrack + 1) + RecordsPerTrack + 1;

    private const int Cylinders = 79;
    private const int RecordLength = TrackCapacity.MaximumRecordLength;
    private const uint ReadProgram = 0x0010_0000;
    private const uint ReadTarget = 0x0100_0000;
    private const long PayloadBytes = (long)Cylinders * 15 * RecordLength;

    private ChannelSubsystem _channel = null!;
    private GuestStorage _storage = null!;
    private byte[] _copySource = null!;
    private byte[] _copyTarget = null!;

    [GlobalSetup]
    public void Setup()
    {
        _storage = new GuestStorage(128L * 1024 * 1024);
        _channel = new ChannelSubsystem(_storage);
        SetUpSearch();
        SetUpRead();
        _copySource = new byte[PayloadBytes];
        new Random(3390).NextBytes(_copySource);
        _copyTarget = new byte[PayloadBytes];
    }

    private void SetUpSearch()
    {
        var store = new MemoryTrackStore(10);
        var track = CkdTrack.Empty(5, 3);
        for (int r = 1; r <= RecordsPerTrack; r++)
        {
            if (!track.TryAppend((byte)r, default, new byte[80])) throw new InvalidOperationException($"record {r} does not fit");
        }
        store.WriteTrack(track);
        _channel.Attach(SearchDevice, new Eckd3390Device(store));

        var program = new[]
        {
            new Ccw(CommandCodes.Seek, CcwFlags.ChainCommand, 6, 0x2000),
            new Ccw(CommandCodes.SearchIdEqual, CcwFlags.ChainCommand, 5, 0x2008),
            new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, 0x1008),
            new Ccw(CommandCodes.ReadData, CcwFlags.None, 80, 0x3000),
        };
        for (int i = 0; i < program.Length; i++) _storage.Write(0x1000 + (i * 8), program[i].ToBytes(CcwFormat.Format1));
        _storage.Write(0x2000, new Cchhr(5, 3, 0).ToSeekArgument());
        _storage.Write(0x2008, new Cchhr(5, 3, RecordsPerTrack).ToSearchArgument());
    }

    private void SetUpRead()
    {
        var store = new MemoryTrackStore(Cylinders);
        var data = new byte[RecordLength];
        var random = new Random(1);
        for (int c = 0; c < Cylinders; c++)
        {
            for (int h = 0; h < 15; h++)
            {
                var track = CkdTrack.Empty(c, h);
                random.NextBytes(data);
                if (!track.TryAppend(1, default, data)) throw new InvalidOperationException("a full-track record must fit");
                store.WriteTrack(track);
            }
        }
        _channel.Attach(ReadDevice, new Eckd3390Device(store));

        uint at = ReadProgram;
        uint target = ReadTarget;
        uint seekArguments = 0x0008_0000;
        for (int c = 0; c < Cylinders; c++)
        {
            uint argument = seekArguments + (uint)(c * 8);
            _storage.Write(argument, new Cchhr(c, 0, 0).ToSeekArgument());
            _storage.Write(at, new Ccw(CommandCodes.Seek, CcwFlags.ChainCommand, 6, argument).ToBytes(CcwFormat.Format1));
            at += 8;
            for (int h = 0; h < 15; h++)
            {
                bool last = c == Cylinders - 1 && h == 14;
                var flags = last ? CcwFlags.None : CcwFlags.ChainCommand;
                _storage.Write(at, new Ccw(CommandCodes.ReadDataMultiTrack, flags, RecordLength, target).ToBytes(CcwFormat.Format1));
                at += 8;
                target += RecordLength;
            }
        }
        // Check once that the chain really moves the payload and ends cleanly.
        var scsw = RunRead();
        if (scsw.DeviceStatus != UnitStatus.Normal || scsw.SubchannelStatus != SubchannelStatus.None)
            throw new InvalidOperationException($"read chain failed: {scsw}");
        if (_storage.ReadByte(ReadTarget + PayloadBytes - 1) != store.ReadTrack(Cylinders - 1, 14).Data(1)[RecordLength - 1])
            throw new InvalidOperationException("read chain did not store the last record");
    }

    private Scsw RunRead()
    {
        _channel.StartSubchannel(ReadDevice, Orb.For(ReadProgram));
        return _channel.TestSubchannel(ReadDevice).Irb!.Scsw;
    }

    [Benchmark(OperationsPerInvoke = StartsPerInvoke * CcwsPerStart)]
    [BenchmarkCategory("SearchLoop")]
    public long SearchTicLoopPerCcw()
    {
        long ccws = 0;
        for (int i = 0; i < StartsPerInvoke; i++)
        {
            ccws += _channel.StartSubchannel(SearchDevice, Orb.For(0x1000)).CcwCount;
            _channel.TestSubchannel(SearchDevice);
        }
        return ccws;
    }

    [Benchmark]
    [BenchmarkCategory("Read64MiB")]
    public ushort ReadDataChain64MiB() => RunRead().ResidualCount;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read64MiB")]
    public int MemoryCopy64MiB()
    {
        _copySource.AsSpan().CopyTo(_copyTarget);
        return _copyTarget[^1];
    }
}
