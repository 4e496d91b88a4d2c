using System;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;
using S390Ccw.Runtime.Devices.Eckd;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Ipl;

/// <summary>
/// Boots a 3390 volume in one of three ways (<see cref="IplMode"/>). The sequencer only drives the
/// channel subsystem: it places CCWs in storage, starts them, and judges the status the way the
/// machine (Hardware, Prefetch) or QEMU's s390-ccw BIOS (QemuBios) does.
/// </summary>
public sealed partial class IplSequencer
{
    private readonly ICkdTrackStore _volume;
    private readonly IplOptions _options;

    public IplSequencer(ICkdTrackStore volume, IplOptions? options = null)
    {
        _volume = volume ?? throw new ArgumentNullException(nameof(volume));
        _options = options ?? new IplOptions();
    }

    public IplResult Run(IplMode mode)
    {
        var storage = _options.Storage ?? new GuestStorage(_options.StorageSize);
        var channel = new ChannelSubsystem(storage, new ChannelOptions
        {
            Prefetch = mode == IplMode.Hardware ? PrefetchMode.Lazy : PrefetchMode.VfioCcw,
            CcwBudget = _options.CcwBudget,
            ByteBudget = _options.ByteBudget,
            TimeBudget = _options.TimeBudget,
            Tracer = _options.Tracer,
        });
        var device = new Eckd3390Device(_volume);
        var subchannel = channel.Attach(_options.DeviceNumber, device);
        var result = new IplResult(mode, storage) { ByteBudget = _options.ByteBudget, CcwBudget = _options.CcwBudget, TimeBudget = _options.TimeBudget };
        if (mode == IplMode.QemuBios) RunQemuBios(channel, subchannel, device, result);
        else RunHardware(channel, subchannel, device, result);
        return result;
    }

    /// <summary>
    /// The machine's IPL (s390.md §6.1): the implied CCW 02 000000 60 00 0018 at 0, run with an all-zero
    /// ORB; on CE+DE (SM allowed) and no subchannel status the subsystem-identification word goes to
    /// 0xB8 and zero to 0xBC, then the PSW at 0 is loaded.
    /// </summary>
    private void RunHardware(ChannelSubsystem channel, Subchannel subchannel, Eckd3390Device device, IplResult result)
    {
        var storage = channel.Storage;
        storage.Write(0, new Ccw(CommandCodes.ReadIpl, CcwFlags.ChainCommand | CcwFlags.SuppressLength, 24, 0).ToBytes(CcwFormat.Format0));
        var start = channel.RunIpl(subchannel.DeviceNumber);
        // PCI asks for an intermediate interruption and does not change how the chain runs (SA22-7832
        // ch. 15, "Program-Controlled Interruption"); the IPL completes on the final status, and Hercules 3.13
        // completes an IPL whose chain has PCI flags as any other, without PCI in the status it reports.
        start = start with { Scsw = start.Scsw with { SubchannelStatus = start.Scsw.SubchannelStatus & ~SubchannelStatus.ProgramControlledInterruption } };
        Account(result, start);
        if (!Judge(result, start, device, allowStatusModifier: true)) return;
        StoreSubsystemId(storage, subchannel);
        LoadPsw(result);
    }

    /// <summary>
    /// The subsystem-identification word of the IPL subchannel at real 0xB8 (0x0001nnnn for LCSS 0:
    /// bit 15 one, subchannel number in bits 16-31) and zeros at 0xBC (s390.md §6.1 step 7).
    /// </summary>
    private static void StoreSubsystemId(GuestStorage storage, Subchannel subchannel)
    {
        storage.WriteUInt32(0xB8, 0x0001_0000u | (uint)(subchannel.Number & 0xFFFF));
        storage.WriteUInt32(0xBC, 0);
    }

    private static void LoadPsw(IplResult result)
    {
        var psw = IplPsw.Read(result.Storage.ReadBytes(0, 8));
        result.Psw = psw;
        string? invalid = psw.Validate();
        if (invalid is null) return;
        result.Failure = IplFailureKind.InvalidPsw;
        result.FailureMessage = $"Invalid IPL PSW: {psw} ({invalid})";
    }

    private static void Account(IplResult result, in StartResult start)
    {
        result.Starts++;
        result.CcwsExecuted += start.CcwCount;
        result.BytesTransferred += start.BytesTransferred;
        result.LastScsw = start.Scsw;
    }

    /// <summary>
    /// True when a start ended the way an IPL needs: CE+DE (with SM when <paramref name="allowStatusModifier"/>,
    /// as hardware allows; QEMU's BIOS wants exactly 0x0C) and no subchannel status. Otherwise records why.
    /// </summary>
    private static bool Judge(IplResult result, in StartResult start, Eckd3390Device device, bool allowStatusModifier)
    {
        var scsw = start.Scsw;
        if (start.ConditionCode == ConditionCode.Three)
            return Fail(result, IplFailureKind.NotOperational, $"device {device} is not operational (condition code 3)");
        if (start.ConditionCode != ConditionCode.Zero)
            return Fail(result, IplFailureKind.UnexpectedStatus, $"START SUBCHANNEL set condition code {(int)start.ConditionCode}");
        if (start.Outcome == ChannelProgramOutcome.BudgetExceeded && start.BytesTransferred >= result.ByteBudget)
            return Fail(result, IplFailureKind.BudgetExceeded, $"moved {start.BytesTransferred} bytes in {start.CcwCount} CCWs without an ending, past the byte budget of {result.ByteBudget} (a loop hardware would run for a long time); last CCW address 0x{scsw.CcwAddress:X8}");
        if (start.Outcome == ChannelProgramOutcome.BudgetExceeded && start.CcwCount < result.CcwBudget)
            return Fail(result, IplFailureKind.BudgetExceeded, $"ran {start.CcwCount} CCWs without an ending for longer than the time budget of {result.TimeBudget.TotalSeconds:0.###} s; last CCW address 0x{scsw.CcwAddress:X8}");
        if (start.Outcome == ChannelProgramOutcome.BudgetExceeded)
            return Fail(result, IplFailureKind.BudgetExceeded, $"more than {start.CcwCount} CCWs without an ending (a loop hardware would run forever); last CCW address 0x{scsw.CcwAddress:X8}");
        string where = $"CCW address 0x{scsw.CcwAddress:X8}, device status {(byte)scsw.DeviceStatus:X2}, subchannel status {(byte)scsw.SubchannelStatus:X2}, residual {scsw.ResidualCount}";
        if ((scsw.SubchannelStatus & SubchannelStatus.ProgramCheck) != 0)
            return Fail(result, IplFailureKind.ChannelProgramCheck, "channel program check: " + where);
        if ((scsw.SubchannelStatus & SubchannelStatus.ProtectionCheck) != 0)
            return Fail(result, IplFailureKind.ProtectionCheck, "protection check: " + where);
        if ((scsw.DeviceStatus & UnitStatus.UnitCheck) != 0)
        {
            result.Sense = device.Sense.ToArray();
            if (device.ImageDamage is { } damage && (result.Sense[1] & Eckd3390Device.SenseInvalidTrackFormat) != 0)
            {
                result.ImageDamage = damage;
                return Fail(result, IplFailureKind.UnitCheck, $"unit check: {where}; sense {SenseText.Describe(result.Sense)}; the image is damaged at {damage.Message}");
            }
            return Fail(result, IplFailureKind.UnitCheck, $"unit check: {where}; sense {SenseText.Describe(result.Sense)}");
        }
        if ((scsw.SubchannelStatus & SubchannelStatus.IncorrectLength) != 0)
            return Fail(result, IplFailureKind.IncorrectLength, "incorrect length: " + where);
        var status = allowStatusModifier ? scsw.DeviceStatus & ~UnitStatus.StatusModifier : scsw.DeviceStatus;
        if (status != UnitStatus.Normal || scsw.SubchannelStatus != SubchannelStatus.None)
            return Fail(result, IplFailureKind.UnexpectedStatus, "unexpected ending status: " + where);
        return true;
    }

    private static bool Fail(IplResult result, IplFailureKind kind, string message)
    {
        result.Failure = kind;
        result.FailureMessage = message;
        return false;
    }
}
