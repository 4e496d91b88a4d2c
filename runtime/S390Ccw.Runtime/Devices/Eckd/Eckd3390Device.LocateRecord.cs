using System;
using System.Buffers.Binary;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// LOCATE RECORD (0x47) and the commands its domain admits (IBM 3990 Storage Control Reference, GA32-0274,
/// "Locate Record"; the checks and their order as Hercules ckddasd.c makes them, which the random
/// differential campaign compares).
/// </summary>
public sealed partial class Eckd3390Device
{
    // Byte 0: orientation (bits 0-1) and operation (bits 2-7).
    private const byte OrientCount = 0x00, OrientHome = 0x40, OrientData = 0x80, OrientIndex = 0xC0;
    private const byte OpOrient = 0x00, OpWrite = 0x01, OpFormat = 0x03, OpReadData = 0x06, OpReadAny = 0x0A,
        OpWriteTrack = 0x0B, OpReadTracks = 0x0C, OpRead = 0x16;

    // Byte 1: the auxiliary byte.
    private const byte AuxTransferLengthValid = 0x80, AuxReserved = 0x7E, AuxReadCountSuffixed = 0x01;

    /// <summary>Sectors of a 3390 track (Hercules dasdtab.c, GC26-4577): 0-223, or 0xFF for "no sector".</summary>
    private const int SectorsPerTrack = 224;

    private byte _domainOrientation;

    /// <summary>
    /// LOCATE RECORD: takes its 16 bytes, needs Define Extent or READ IPL before it, validates the
    /// parameters, seeks, then orients: home address compared, the CCHHR searched (count orientation stops
    /// on the record's count, data orientation past its data), or index. The domain then admits
    /// <c>count</c> commands of its operation.
    /// </summary>
    private UnitStatus LocateRecord(ref DeviceTransfer transfer)
    {
        var p = transfer.Output;
        transfer.Consumed = Math.Min(p.Length, CommandArguments.LocateRecord);
        if (p.Length < CommandArguments.LocateRecord) return Reject(MessageCountTooSmall);
        if (InDomain || !(_extentDefined || _readIplSeen)) return Reject(MessageInvalidSequence);
        byte orientation = (byte)(p[0] & 0xC0);
        byte operation = (byte)(p[0] & 0x3F);
        byte aux = p[1];
        int count = p[3];
        if (!ValidLocateParameters(orientation, operation, aux, p[2], count)) return Reject(MessageInvalidParameter);

        int cylinder = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(4));
        int head = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(6));
        if (cylinder >= _store.Cylinders || head >= _store.Heads) return Reject(MessageInvalidParameter);
        if (!InsideExtent(cylinder, head)) return Fault(SenseFileProtected);
        int sector = p[13];
        if (sector != 0xFF && sector >= SectorsPerTrack) return Reject(MessageInvalidParameter);
        int factor = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(14));
        bool factorValid = (aux & AuxTransferLengthValid) != 0;
        if (factorValid ? factor == 0 : factor != 0) return Reject(MessageInvalidParameter);
        if (factor > _blockSize) return Reject(MessageInvalidParameter);

        LoadTrack(cylinder, head);
        _seekSeen = true;
        _cursor.IndexPassed = false;
        _domainTrackStarted = false;
        switch (orientation)
        {
            case OrientHome:
                if (!_track.HomeAddress.Slice(1, 4).SequenceEqual(p.Slice(8, 4))) return Fault(SenseNoRecordFound);
                break;
            case OrientCount:
            case OrientData:
            {
                int found = SearchRules.IndexOfId(_track, BinaryPrimitives.ReadUInt64BigEndian(p.Slice(8, 8)), _store.Cylinders);
                if (found < 0) return Fault(SenseNoRecordFound);
                _cursor.Record = found;
                // Data orientation leaves the device past the located record's data, so the domain's
                // first read takes the record after it (READ IPL's own domain works this way).
                _cursor.Orientation = orientation == OrientData || operation == OpFormat ? TrackOrientation.Data : TrackOrientation.Count;
                break;
            }
        }
        _domainOperation = operation;
        _domainOrientation = orientation;
        _domainCount = count;
        return UnitStatus.Normal;
    }

    /// <summary>The operation code, its pairing with the orientation, the auxiliary byte, byte 2 and the domain count.</summary>
    private static bool ValidLocateParameters(byte orientation, byte operation, byte aux, byte reserved, int count)
    {
        if (operation is not (OpOrient or OpWrite or OpFormat or OpReadData or OpWriteTrack or OpReadTracks or OpRead)) return false;
        bool paired = orientation switch
        {
            OrientHome => operation is OpOrient or OpFormat or OpReadData or OpReadTracks or OpRead,
            OrientData => operation is OpOrient or OpWrite or OpReadData or OpRead,
            OrientIndex => operation is OpFormat or OpRead,
            _ => true,
        };
        if (!paired) return false;
        if ((aux & AuxReserved) != 0) return false;
        bool suffixed = (aux & AuxReadCountSuffixed) != 0;
        if (suffixed && operation is not (OpWrite or OpRead)) return false;
        if (reserved != 0) return false;
        if (operation == OpOrient ? count != 0 : count == 0) return false;
        return !suffixed || count >= 2;
    }

    /// <summary>Which commands a Locate Record domain admits, by its operation and orientation.</summary>
    private bool DomainAllows(byte code)
    {
        byte op = _domainOperation;
        switch (code)
        {
            case CommandCodes.ReadTrack:
                return op == OpReadTracks;
            case CommandCodes.WriteData or CommandCodes.WriteKeyData or 0x85 or 0x8D:
                return op == OpWrite;
            case CommandCodes.WriteCountKeyData or CommandCodes.WriteRecordZero or CommandCodes.Erase:
                return op == OpFormat;
            case CommandCodes.ReadHomeAddress or CommandCodes.ReadHomeAddressMultiTrack:
                return op == OpReadData || (op == OpRead && _domainOrientation == OrientIndex);
            case CommandCodes.ReadRecordZero or CommandCodes.ReadRecordZeroMultiTrack:
                return op == OpReadData || (op == OpRead && _domainOrientation is OrientHome or OrientIndex);
            case CommandCodes.ReadCount or CommandCodes.ReadCountMultiTrack
                or CommandCodes.ReadData or CommandCodes.ReadDataMultiTrack
                or CommandCodes.ReadKeyData or CommandCodes.ReadKeyDataMultiTrack
                or CommandCodes.ReadCountKeyData or CommandCodes.ReadCountKeyDataMultiTrack:
                return op is OpReadData or OpReadAny or OpRead;
            default:
                return false;
        }
    }
}
