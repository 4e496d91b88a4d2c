using System;
using System.Collections.Generic;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Channel;

/// <summary>
/// The channel subsystem: subchannels bound to devices by device number, and the I/O instructions
/// START, TEST and RESUME SUBCHANNEL with the condition codes they set (SA22-7832 ch. 14; docs/sources.md
/// SA22-7832 ch. 15, "Operation-Request Block", and ch. 16, "Subchannel-Status Word"). Execution is synchronous: a start runs the program to its end or to a suspend, after
/// which status is pending. Not thread-safe: one caller drives it, as one CPU would.
/// </summary>
public sealed class ChannelSubsystem
{
    private readonly Dictionary<ushort, Subchannel> _byDevice = new();
    private readonly List<Subchannel> _subchannels = new();
    private readonly ChannelProgramRunner _runner;

    public ChannelSubsystem(GuestStorage storage, ChannelOptions? options = null)
    {
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        Options = options ?? new ChannelOptions();
        if (Options.CcwBudget < 1) throw new ArgumentOutOfRangeException(nameof(options), "The CCW budget must be positive.");
        if (Options.ByteBudget < 1) throw new ArgumentOutOfRangeException(nameof(options), "The byte budget must be positive.");
        if (Options.TimeBudget <= TimeSpan.Zero && Options.TimeBudget != System.Threading.Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(options), "The time budget must be positive (or infinite).");
        _runner = new ChannelProgramRunner(storage) { Tracer = Options.Tracer };
    }

    public GuestStorage Storage { get; }

    public ChannelOptions Options { get; }

    public PrefetchMode Prefetch => Options.Prefetch;

    /// <summary>The tracer receiving every executed CCW; null (the default) costs nothing.</summary>
    public IChannelTracer? Tracer
    {
        get => _runner.Tracer;
        set => _runner.Tracer = value;
    }

    public IReadOnlyList<Subchannel> Subchannels => _subchannels;

    /// <summary>Binds a device to the next subchannel number.</summary>
    public Subchannel Attach(ushort deviceNumber, IChannelDevice device)
    {
        if (device is null) throw new ArgumentNullException(nameof(device));
        if (_byDevice.ContainsKey(deviceNumber))
            throw new ArgumentException($"Device number {deviceNumber:X4} is already attached.", nameof(deviceNumber));
        var sch = new Subchannel(_subchannels.Count, deviceNumber, device);
        _subchannels.Add(sch);
        _byDevice.Add(deviceNumber, sch);
        return sch;
    }

    public bool TryGetSubchannel(ushort deviceNumber, out Subchannel subchannel) =>
        _byDevice.TryGetValue(deviceNumber, out subchannel!);

    /// <summary>START SUBCHANNEL for the device with this number; cc 3 when none is attached.</summary>
    public StartResult StartSubchannel(ushort deviceNumber, in Orb orb) =>
        _byDevice.TryGetValue(deviceNumber, out var sch)
            ? StartSubchannel(sch, orb)
            : StartResult.Refused(ConditionCode.Three, default);

    /// <summary>START SUBCHANNEL with the ORB read from guest storage (specification exception when not word aligned).</summary>
    public StartResult StartSubchannel(ushort deviceNumber, uint orbAddress)
    {
        if ((orbAddress & 3) != 0) return StartResult.Faulted(InstructionException.Specification);
        if (!Storage.Contains(orbAddress, Orb.Size)) return StartResult.Faulted(InstructionException.Addressing);
        Span<byte> bytes = stackalloc byte[Orb.Size];
        Storage.Read(orbAddress, bytes);
        return StartSubchannel(deviceNumber, Orb.FromBytes(bytes));
    }

    /// <summary>
    /// START SUBCHANNEL: an operand exception for an ORB SSCH refuses (SA22-7832 ch. 15, "Operation-Request Block"); cc 1 when status is
    /// pending, cc 2 when a start function is in progress (a suspended program), cc 3 when no
    /// path of the LPM is available (this subsystem has one path, 0x80); otherwise cc 0 and the
    /// program runs.
    /// </summary>
    public StartResult StartSubchannel(Subchannel subchannel, in Orb orb)
    {
        if (subchannel is null) throw new ArgumentNullException(nameof(subchannel));
        if (orb.OperandExceptionReason() is not null) return StartResult.Faulted(InstructionException.Operand);
        if (subchannel.IsStatusPending) return StartResult.Refused(ConditionCode.One, subchannel.Scsw);
        if (subchannel.IsSuspended) return StartResult.Refused(ConditionCode.Two, subchannel.Scsw);
        if ((orb.LogicalPathMask & 0x80) == 0) return StartResult.Refused(ConditionCode.Three, subchannel.Scsw);
        return Begin(subchannel, orb, Options.Prefetch);
    }

    /// <summary>
    /// TEST SUBCHANNEL: cc 0 and the IRB when status is pending (the status is then cleared), cc 1
    /// and the IRB of the current state otherwise, cc 3 without IRB for an unknown device.
    /// </summary>
    public (ConditionCode ConditionCode, Irb? Irb) TestSubchannel(ushort deviceNumber)
    {
        if (!_byDevice.TryGetValue(deviceNumber, out var sch)) return (ConditionCode.Three, null);
        return TestSubchannel(sch);
    }

    public (ConditionCode ConditionCode, Irb? Irb) TestSubchannel(Subchannel subchannel)
    {
        var scsw = subchannel.Scsw;
        var irb = BuildIrb(subchannel, scsw);
        if (!scsw.IsStatusPending) return (ConditionCode.One, irb);
        // Clearing at TSCH (SA22-7832 fig. 14-2): status control always; function control unless
        // the program is suspended, which keeps its start function for RESUME.
        subchannel.Scsw = subchannel.IsSuspended
            ? scsw with { Status = StatusControl.None, ZeroConditionCode = false, SubchannelStatus = SubchannelStatus.None }
            : default;
        subchannel.ClearConcurrentSense();
        return (ConditionCode.Zero, irb);
    }

    /// <summary>
    /// RESUME SUBCHANNEL: cc 1 when status is pending, cc 2 when the program is not suspended or
    /// its ORB did not allow suspension, cc 3 for an unknown device; otherwise the suspended CCW is
    /// fetched again and the program continues.
    /// </summary>
    public StartResult ResumeSubchannel(ushort deviceNumber)
    {
        if (!_byDevice.TryGetValue(deviceNumber, out var sch)) return StartResult.Refused(ConditionCode.Three, default);
        if (sch.IsStatusPending) return StartResult.Refused(ConditionCode.One, sch.Scsw);
        if (!sch.IsSuspended || !sch.Program.SuspendAllowed) return StartResult.Refused(ConditionCode.Two, sch.Scsw);
        // Hercules restarts the chaining context at a resume (chained, prevcode, ccwseq = 0), so the
        // device sees a new chain from the refetched CCW on.
        sch.Program.Sequence = 0;
        sch.Program.PreviousCode = 0;
        sch.Device.BeginChannelProgram();
        return Execute(sch);
    }

    /// <summary>
    /// The IPL entry point: runs the program at address 0 with an all-zero ORB (format-0, no
    /// prefetch, key 0) and no START SUBCHANNEL checks, as Hercules ipl.c does (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl), with
    /// a selectable prefetch behaviour (hardware = lazy, "prefetch" IPL mode = vfio-ccw).
    /// </summary>
    public StartResult RunIpl(ushort deviceNumber, PrefetchMode? prefetch = null)
    {
        if (!_byDevice.TryGetValue(deviceNumber, out var sch)) return StartResult.Refused(ConditionCode.Three, default);
        sch.Scsw = default;
        return Begin(sch, Orb.Ipl, prefetch ?? Options.Prefetch);
    }

    private StartResult Begin(Subchannel sch, in Orb orb, PrefetchMode mode)
    {
        sch.InterruptionParameter = orb.InterruptionParameter;
        sch.ProgramControlledInterruptions = 0;
        PrefetchedProgram? copy = null;
        if (mode == PrefetchMode.VfioCcw)
        {
            copy = PrefetchedProgram.Copy(Storage, orb.ChannelProgramAddress, orb.Format, orb.Key);
            if (!copy.Accepted)
            {
                // vfio-ccw refuses a segment longer than 256 CCWs (-EINVAL); QEMU then presents
                // unit exception with the ORB's CCW address + 8 (hw/vfio/ccw.c, sch_gen_unit_exception).
                sch.Program = ProgramState.FromOrb(orb, null);
                sch.Scsw = new Scsw
                {
                    Key = orb.Key, Format = orb.Format, Prefetch = orb.Prefetch,
                    Function = FunctionControl.Start,
                    Status = StatusControl.Primary | StatusControl.Secondary | StatusControl.Alert | StatusControl.StatusPending,
                    CcwAddress = orb.ChannelProgramAddress + 8,
                    DeviceStatus = UnitStatus.UnitException,
                };
                return new StartResult(ConditionCode.Zero, InstructionException.None, ChannelProgramOutcome.Completed, 0, sch.Scsw);
            }
        }
        sch.Program = ProgramState.FromOrb(orb, copy);
        sch.Device.BeginChannelProgram();
        return Execute(sch);
    }

    private StartResult Execute(Subchannel sch)
    {
        var (outcome, executed) = _runner.Run(sch, Options.CcwBudget, Options.ByteBudget, Options.TimeBudget);
        return new StartResult(ConditionCode.Zero, InstructionException.None, outcome, executed, sch.Scsw) { BytesTransferred = _runner.BytesTransferred };
    }

    private static Irb BuildIrb(Subchannel sch, Scsw scsw)
    {
        var sense = sch.ConcurrentSenseBytes;
        if (sense.IsEmpty || !scsw.ExtendedControl) return new Irb(scsw);
        // ESW format-0 for I/O: logout word (byte 1 LPUM 0x80, our one path), then the
        // extended-report word: byte 0 bit 7 concurrent sense, byte 1 the sense count.
        Span<byte> esw = stackalloc byte[20];
        esw.Clear();
        esw[1] = 0x80;
        esw[4] = 0x01;
        esw[5] = (byte)sense.Length;
        return new Irb(scsw, esw, sense);
    }
}
