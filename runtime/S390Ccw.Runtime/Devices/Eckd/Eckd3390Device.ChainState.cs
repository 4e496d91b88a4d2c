using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// The chain state that resets at the first CCW of every channel program (Hercules resets it when
/// chained == 0; IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c, Hercules ckddasd.c item 5): seek/search flags, file mask, extent, domain.
/// </summary>
public sealed partial class Eckd3390Device
{
    private bool _seekSeen;
    private bool _readIplSeen;
    private bool _extentDefined;
    private bool _fileMaskSet;
    private bool _searchIdEqual;
    private bool _searchKeyEqual;
    private bool _searchHomeAddressEqual;
    private bool _formatWriteAllowed;
    private byte _fileMask;
    private byte _globalAttributes;
    private int _blockSize;
    private int _extentBeginCylinder;
    private int _extentBeginHead;
    private int _extentEndCylinder;
    private int _extentEndHead;
    private int _domainCount;
    private byte _domainOperation;
    private bool _domainTrackStarted;

    private bool InDomain => _domainCount > 0;

    // File mask fields (GA32-0274, "Define Extent"; Hercules ckddasd.c; Hercules CKDMASK_*).
    private const byte WriteControlMask = 0xC0;
    private const byte InhibitAllWrites = 0x40;
    private const byte AllowWriteUpdateOnly = 0x80;
    private const byte AllowAllWrites = 0xC0;
    private const byte ReservedMaskBit = 0x20;
    private const byte SeekControlMask = 0x18;

    private void ResetChainState()
    {
        _seekSeen = false;
        _readIplSeen = false;
        _extentDefined = false;
        _fileMaskSet = false;
        _searchIdEqual = false;
        _searchKeyEqual = false;
        _searchHomeAddressEqual = false;
        _formatWriteAllowed = false;
        _fileMask = 0;
        _globalAttributes = 0;
        _blockSize = 0;
        _extentBeginCylinder = 0;
        _extentBeginHead = 0;
        _extentEndCylinder = _store.Cylinders - 1;
        _extentEndHead = _store.Heads - 1;
        _domainCount = 0;
        _domainOperation = 0;
        _domainTrackStarted = false;
        _cursor.Reset();
    }

    private bool InsideExtent(int cylinder, int head)
    {
        long track = ((long)cylinder * _store.Heads) + head;
        long begin = ((long)_extentBeginCylinder * _store.Heads) + _extentBeginHead;
        long end = ((long)_extentEndCylinder * _store.Heads) + _extentEndHead;
        return track >= begin && track <= end;
    }

    /// <summary>
    /// Counts a command against the domain; a domain left incomplete by a CCW without command
    /// chaining is unit check with sense byte 0 = 0x81 (command reject + operation incomplete;
    /// Hercules ckddasd.c, GA32-0274, "Locate Record"; Hercules ckddasd.c).
    /// </summary>
    private Channel.UnitStatus EndDomainCommand(in Channel.DeviceCommand command, Channel.UnitStatus status)
    {
        if (!InDomain || (status & Channel.UnitStatus.UnitCheck) != 0) return status;
        _domainCount--;
        if (_domainCount > 0 && !command.ChainsCommand && !command.DataChained)
        {
            BuildSense(SenseCommandReject | SenseOperationIncomplete, 0, MessageInvalidSequence);
            _domainCount = 0;
            return status | Channel.UnitStatus.UnitCheck;
        }
        return status;
    }
}
