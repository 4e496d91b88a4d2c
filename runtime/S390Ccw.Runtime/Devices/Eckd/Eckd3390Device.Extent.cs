using System;
using System.Buffers.Binary;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>DEFINE EXTENT and SET FILE MASK (Locate Record is in its own part).</summary>
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
        // On 2105/2107 access authorization "10" is refused and "11" acts as "01" (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c).
        int authorization = (p[0] >> 1) & 0x03;
        if (authorization == 2) return Reject(MessageInvalidParameter);
        _fileMask = authorization == 3 ? (byte)((p[0] & ~0x06) | 0x02) : p[0];
        _fileMaskSet = true;
        _cursor.IndexPassed = false;
        return UnitStatus.Normal;
    }
}
