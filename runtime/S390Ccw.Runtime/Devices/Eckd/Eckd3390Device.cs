using System;
using System.Collections.Generic;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// An emulated 3390 behind a 2107 control unit: chain state, status and sense (IBM 3990 Storage
/// Control Reference; Hercules ckddasd.c). Where it is on the track, how it finds the next count
/// field, how a search compares and how a count field is presented are the language core's
/// (<see cref="TrackCursor"/>, <see cref="SearchRules"/>, <see cref="CountField"/>), which the static
/// prefetch analysis uses too. The channel hands it one command at a time; it keeps the current track
/// parsed and cached, so a command costs no allocation.
/// </summary>
public sealed partial class Eckd3390Device : IChannelDevice
{
    private readonly TrackCursor _cursor = new();

    private readonly ICkdTrackStore _store;
    private readonly byte[] _sense = new byte[SenseLength];
    private readonly byte[] _work = new byte[64];
    private CkdTrack _track;
    private IReadOnlyList<CkdRecordInfo> _records;
    private int _cylinder;
    private int _head;
    private bool _sensePending;

    public Eckd3390Device(ICkdTrackStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _track = CkdTrack.Empty(0, 0);
        _records = _track.Records;
        TryLoadCurrentTrack();
        ResetChainState();
    }

    public ICkdTrackStore Store => _store;

    /// <summary>Current cylinder and head (the seek position survives between channel programs).</summary>
    public (int Cylinder, int Head) Position => (_cylinder, _head);

    public ReadOnlySpan<byte> Sense => _sense;

    /// <summary>NOP is the only immediate command of the 3390 here (Hercules ckddasd immediate table).</summary>
    public bool IsImmediate(byte command) => command == CommandCodes.Nop;

    public void BeginChannelProgram()
    {
        ResetChainState();
        // The store may have been changed between programs (an image loaded, a test volume
        // formatted): take the current track afresh once per program, not per command.
        ImageDamage = null;
        TryLoadCurrentTrack();
    }

    public UnitStatus Execute(in DeviceCommand command, ref DeviceTransfer transfer)
    {
        byte code = command.Code;
        if (code != CommandCodes.Sense)
        {
            if (_sensePending) Array.Clear(_sense);
            _sensePending = false;
        }
        // Data chaining is accepted for read commands only (s390.md §5.1; Hercules ckddasd.c).
        if (command.DataChained && CommandClassifier.Classify(code, command.Format) != CommandClass.Read)
            return Reject(MessageInvalidCommand);

        // An output command takes the bytes it examines; one refused before it looks at its data takes
        // none, and the channel reports the whole count as residual (Hercules 3.13: an invalid command
        // code with count 8 ends Stat=0E40 Count=0008, a SEEK to a cylinder outside the volume with
        // count 8 ends Stat=0E40 Count=0002, having examined its 6 bytes).
        transfer.Consumed = 0;
        bool keepSearchEqual = code is CommandCodes.SearchIdEqual or CommandCodes.ReadData or CommandCodes.WriteData
            or CommandCodes.ReadKeyData or CommandCodes.WriteKeyData or CommandCodes.SearchKeyEqual;
        var status = DispatchReportingDamage(command, ref transfer);
        if (!keepSearchEqual)
        {
            _searchIdEqual = false;
            _searchKeyEqual = false;
        }
        return status;
    }

    private UnitStatus Dispatch(in DeviceCommand command, ref DeviceTransfer transfer)
    {
        byte code = command.Code;
        switch (code)
        {
            case CommandCodes.Nop:
                return Nop(command);
            case CommandCodes.Sense:
                return SenseCommand(ref transfer);
            case CommandCodes.SenseId:
                return SenseId(ref transfer);
            case CommandCodes.ReadDeviceCharacteristics:
                return ReadDeviceCharacteristics(ref transfer);
            case CommandCodes.Seek:
            case CommandCodes.SeekCylinder:
            case CommandCodes.SeekHead:
                return Seek(code, ref transfer);
            case CommandCodes.DefineExtent:
                return DefineExtent(ref transfer);
            case CommandCodes.SetFileMask:
                return SetFileMask(ref transfer);
            case CommandCodes.LocateRecord:
                return LocateRecord(ref transfer);
            case CommandCodes.ReadIpl:
                return ReadIpl(command, ref transfer);
            case CommandCodes.ReadSector:
                return ReadSector(ref transfer);
            case CommandCodes.SetSector:
                return SetSector(ref transfer);
        }

        // Everything else works on records and may be part of a Locate Record domain.
        if (!IsRecordCommand(code)) return Reject(MessageInvalidCommand);
        if (InDomain && !DomainAllows(code)) return Reject(MessageInvalidSequence);
        if (!InDomain && !_seekSeen) return Reject(MessageInvalidSequence);
        var status = code switch
        {
            CommandCodes.SearchIdEqual or CommandCodes.SearchIdHigh or CommandCodes.SearchIdEqualOrHigh
                or CommandCodes.SearchIdEqualMultiTrack or CommandCodes.SearchIdHighMultiTrack
                or CommandCodes.SearchIdEqualOrHighMultiTrack => SearchId(code, ref transfer),
            CommandCodes.SearchKeyEqual or CommandCodes.SearchKeyHigh or CommandCodes.SearchKeyEqualOrHigh
                or CommandCodes.SearchKeyEqualMultiTrack or 0xC9 or 0xE9 => SearchKey(code, ref transfer),
            CommandCodes.SearchHomeAddressEqual or 0xB9 => SearchHomeAddress(code, ref transfer),
            CommandCodes.ReadData or CommandCodes.ReadDataMultiTrack => ReadData(code, ref transfer),
            CommandCodes.ReadKeyData or CommandCodes.ReadKeyDataMultiTrack => ReadKeyData(code, ref transfer),
            CommandCodes.ReadCountKeyData or CommandCodes.ReadCountKeyDataMultiTrack => ReadCountKeyData(code, ref transfer),
            CommandCodes.ReadCount or CommandCodes.ReadCountMultiTrack => ReadCount(code, ref transfer),
            CommandCodes.ReadRecordZero or CommandCodes.ReadRecordZeroMultiTrack => ReadRecordZero(code, ref transfer),
            CommandCodes.ReadHomeAddress or CommandCodes.ReadHomeAddressMultiTrack => ReadHomeAddress(code, ref transfer),
            CommandCodes.ReadTrack => ReadTrack(ref transfer),
            CommandCodes.ReadMultipleCountKeyData => ReadMultipleCountKeyData(ref transfer),
            CommandCodes.WriteData or 0x85 => WriteData(ref transfer),
            CommandCodes.WriteKeyData or 0x8D => WriteKeyData(ref transfer),
            CommandCodes.WriteCountKeyData => WriteCountKeyData(ref transfer),
            CommandCodes.WriteRecordZero => WriteRecordZero(ref transfer),
            CommandCodes.Erase => Erase(ref transfer),
            _ => Reject(MessageInvalidCommand),
        };
        return EndDomainCommand(command, status);
    }

    private static bool IsRecordCommand(byte code) => code is
        CommandCodes.SearchIdEqual or CommandCodes.SearchIdHigh or CommandCodes.SearchIdEqualOrHigh
        or CommandCodes.SearchIdEqualMultiTrack or CommandCodes.SearchIdHighMultiTrack or CommandCodes.SearchIdEqualOrHighMultiTrack
        or CommandCodes.SearchKeyEqual or CommandCodes.SearchKeyHigh or CommandCodes.SearchKeyEqualOrHigh
        or CommandCodes.SearchKeyEqualMultiTrack or 0xC9 or 0xE9 or CommandCodes.SearchHomeAddressEqual or 0xB9
        or CommandCodes.ReadData or CommandCodes.ReadDataMultiTrack or CommandCodes.ReadKeyData or CommandCodes.ReadKeyDataMultiTrack
        or CommandCodes.ReadCountKeyData or CommandCodes.ReadCountKeyDataMultiTrack or CommandCodes.ReadCount
        or CommandCodes.ReadCountMultiTrack or CommandCodes.ReadRecordZero or CommandCodes.ReadRecordZeroMultiTrack
        or CommandCodes.ReadHomeAddress or CommandCodes.ReadHomeAddressMultiTrack or CommandCodes.ReadTrack
        or CommandCodes.ReadMultipleCountKeyData or CommandCodes.WriteData or 0x85 or CommandCodes.WriteKeyData or 0x8D
        or CommandCodes.WriteCountKeyData or CommandCodes.WriteRecordZero or CommandCodes.Erase;

    private UnitStatus Nop(in DeviceCommand command)
    {
        // Rejected inside a Locate Record domain unless it follows Read IPL (s390.md §5.1).
        if (InDomain && command.PreviousCode != CommandCodes.ReadIpl) return Reject(MessageInvalidSequence);
        _cursor.IndexPassed = false;
        return UnitStatus.Normal;
    }

    /// <summary>Loads (cylinder, head) as the current track, oriented at index.</summary>
    private void LoadTrack(int cylinder, int head)
    {
        if (cylinder != _cylinder || head != _head || !ReferenceEquals(_track.Records, _records) || _trackUnread)
        {
            _track = _store.ReadTrack(cylinder, head);
            _records = _track.Records;
            _cylinder = cylinder;
            _head = head;
            _trackUnread = false;
        }
        _cursor.ToIndex();
    }

    /// <summary>Writes the current track back after a change.</summary>
    private void Commit()
    {
        _store.WriteTrack(_track);
        _records = _track.Records;
    }

    public override string ToString() => $"3390-{_store.Model.Name} at ({_cylinder},{_head})";
}
