using System;
using System.Buffers.Binary;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>DEFINE EXTENT (§5.2), SET FILE MASK and LOCATE RECORD (§5.3).</summary>
public sealed partial class Eckd3390Device
{
    private UnitStatus DefineExtent(ref DeviceTransfer transfer)
    {
        // Refused inside a domain, after Set File Mask, and on a 3390 after Read IPL.
        // The parameters are taken before any check (Hercules ckddasd.c, DEFINE EXTENT: the residual is set first).
        var p = transfer.Output;
        transfer.Consumed = p.Length >= CommandArguments.DefineExtentExtended && (p[7] & 0x02) != 0
            ? CommandArguments.DefineExtentExtended : Math.Min(p.Length, CommandArguments.DefineExtent);
        if (p.Length < CommandArguments.DefineExtent) return Reject(MessageCountTooSmall);
        if (InDomain || _fileMaskSet || _readIplSeen) return Reject(MessageInvalidSequence);
        byte mask = p[0];
        byte attributes = p[1];
        int blockSize = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(2));
        if ((mask & ReservedMaskBit) != 0) return Reject(MessageInvalidParameter);
        // Global attributes bits 0-1 must be 11 (ECKD architecture mode); bytes 4-6 zero (Hercules).
        if ((attributes & 0xC0) != 0xC0) return Reject(MessageInvalidParameter);
        if (p[4] != 0 || p[5] != 0 || p[6] != 0) return Reject(MessageInvalidParameter);
        if (blockSize > CkdTrack.MaximumRecordZeroLength + 8) return Reject(MessageInvalidParameter);
        if (blockSize == 0) blockSize = CkdTrack.MaximumRecordZeroLength + 8;
        int bc = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(8));
        int bh = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(10));
        int ec = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(12));
        int eh = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(14));
        if (ec >= _store.Cylinders || eh >= _store.Heads || bh >= _store.Heads
            || ((long)bc * _store.Heads) + bh > ((long)ec * _store.Heads) + eh)
        {
            return Reject(MessageInvalidParameter);
        }
        if (_extentDefined && (mask != _fileMask || attributes != _globalAttributes || blockSize != _blockSize))
            return Reject(MessageInvalidParameter);
        _extentDefined = true;
        _fileMask = mask;
        _globalAttributes = attributes;
        _blockSize = blockSize;
        _extentBeginCylinder = bc;
        _extentBeginHead = bh;
        _extentEndCylinder = ec;
        _extentEndHead = eh;
        _cursor.IndexPassed = false;
        return UnitStatus.Normal;
    }

    /// <summary>SET FILE MASK: once per chain, not after Define Extent or inside a domain.</summary>
    private UnitStatus SetFileMask(ref DeviceTransfer transfer)
    {
        if (InDomain || _fileMaskSet || _extentDefined) return Reject(MessageInvalidSequence);
        var p = transfer.Output;
        if (p.Length < CommandArguments.SetFileMask) return Reject(MessageCountTooSmall);
        transfer.Consumed = CommandArguments.SetFileMask;
        if ((p[0] & ReservedMaskBit) != 0) return Reject(MessageInvalidParameter);
        // On 2105/2107 access authorization "10" is refused and "11" acts as "01" (s390.md §5.1).
        int authorization = (p[0] >> 1) & 0x03;
        if (authorization == 2) return Reject(MessageInvalidParameter);
        _fileMask = authorization == 3 ? (byte)((p[0] & ~0x06) | 0x02) : p[0];
        _fileMaskSet = true;
        _cursor.IndexPassed = false;
        return UnitStatus.Normal;
    }

    /// <summary>
    /// LOCATE RECORD: needs Define Extent or Read IPL before it; seeks to the given track, then
    /// searches it for the CCHHR (count or data orientation), compares the home address (home
    /// orientation) or stops at index. The first end of track is No Record Found. The domain then
    /// admits <c>count</c> commands of its operation.
    /// </summary>
    private UnitStatus LocateRecord(ref DeviceTransfer transfer)
    {
        if (InDomain || !(_extentDefined || _readIplSeen)) return Reject(MessageInvalidSequence);
        var p = transfer.Output;
        if (p.Length < CommandArguments.LocateRecord) return Reject(MessageCountTooSmall);
        transfer.Consumed = CommandArguments.LocateRecord;
        int orientation = p[0] >> 6;
        byte operation = (byte)(p[0] & 0x3F);
        byte aux = p[1];
        int count = p[3];
        if ((aux & 0x7E) != 0 || p[2] != 0) return Reject(MessageInvalidParameter);
        if (operation is not (0x00 or 0x01 or 0x03 or 0x06 or 0x0C or 0x16)) return Reject(MessageInvalidParameter);
        if (count == 0 && operation != 0x00) return Reject(MessageInvalidParameter);

        int cylinder = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(4));
        int head = BinaryPrimitives.ReadUInt16BigEndian(p.Slice(6));
        if (cylinder >= _store.Cylinders || head >= _store.Heads) return Reject(MessageInvalidParameter);
        if (!InsideExtent(cylinder, head)) return Fault(SenseFileProtected);
        LoadTrack(cylinder, head);
        _seekSeen = true;
        _cursor.IndexPassed = false;
        _domainTrackStarted = false;

        if (operation != 0x0C)
        {
            switch (orientation)
            {
                case 0: // count
                case 2: // data
                {
                    ulong search = BinaryPrimitives.ReadUInt64BigEndian(p.Slice(8, 8));
                    int found = -1;
                    for (int i = 0; i < _records.Count; i++)
                    {
                        ulong presented = CountField.Present(_track.CountField(i), _store.Cylinders);
                        if (SearchRules.CompareId(presented, search, SearchRules.IdLength) == 0)
                        {
                            found = i;
                            break;
                        }
                    }
                    if (found < 0) return Fault(SenseNoRecordFound);
                    _cursor.Record = found;
                    _cursor.Orientation = TrackOrientation.Count;
                    // A format write places its first record after the one located.
                    if (operation == 0x03) _cursor.Orientation = TrackOrientation.Data;
                    break;
                }
                case 1: // home address
                    if (!_track.HomeAddress.Slice(1, 4).SequenceEqual(p.Slice(8, 4))) return Fault(SenseNoRecordFound);
                    _cursor.Orientation = TrackOrientation.Index;
                    break;
                default: // index
                    _cursor.Orientation = TrackOrientation.Index;
                    break;
            }
        }
        _domainOperation = operation;
        _domainCount = count;
        return UnitStatus.Normal;
    }
}
