using System;
using System.Buffers.Binary;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// The write commands (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c): each needs the orientation a search or a Locate Record domain
/// gave, and a file mask that allows it; a record that does not fit the 3390 track capacity
/// formula is refused with Invalid Track Format.
/// </summary>
public sealed partial class Eckd3390Device
{
    private UnitStatus CheckWritable(byte needs)
    {
        int control = _fileMask & WriteControlMask;
        if (control == InhibitAllWrites) return Reject(MessageInvalidSequence);
        if (needs == AllowAllWrites && control != AllowAllWrites) return Reject(MessageInvalidSequence);
        if (needs == 0 && control == AllowWriteUpdateOnly) return Reject(MessageInvalidSequence);
        if (_store.IsReadOnly) return Fault(SenseWriteInhibited);
        return Ok;
    }

    /// <summary>WRITE DATA: the data area of the record found; a short count is padded with zeros.</summary>
    private UnitStatus WriteData(ref DeviceTransfer transfer)
    {
        bool allowed = InDomain ? _cursor.Orientation != TrackOrientation.Index : (_searchIdEqual || _searchKeyEqual);
        if (!allowed || !_cursor.InRecord) return Reject(MessageInvalidSequence);
        var status = CheckWritable(AllowWriteUpdateOnly);
        if (status != Ok) return status;
        var r = _records[_cursor.Record];
        var source = transfer.Output;
        int n = Math.Min(source.Length, r.DataLength);
        var target = _track.DataForWrite(_cursor.Record);
        source.Slice(0, n).CopyTo(target);
        target.Slice(n).Clear();
        transfer.Consumed = n;
        transfer.More = source.Length < r.DataLength;
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        Commit();
        return r.DataLength == 0 ? UnitStatus.Normal | UnitStatus.UnitException : UnitStatus.Normal;
    }

    /// <summary>WRITE KEY AND DATA: key and data of the record whose count was just found.</summary>
    private UnitStatus WriteKeyData(ref DeviceTransfer transfer)
    {
        bool allowed = InDomain || _searchIdEqual;
        if (!allowed || _cursor.Orientation != TrackOrientation.Count) return Reject(MessageInvalidSequence);
        var status = CheckWritable(AllowWriteUpdateOnly);
        if (status != Ok) return status;
        var r = _records[_cursor.Record];
        var source = transfer.Output;
        int total = r.KeyLength + r.DataLength;
        Span<byte> combined = total <= transfer.Scratch.Length ? transfer.Scratch.Slice(0, total) : new byte[total];
        combined.Clear();
        source.Slice(0, Math.Min(source.Length, total)).CopyTo(combined);
        combined.Slice(0, r.KeyLength).CopyTo(_track.KeyForWrite(_cursor.Record));
        combined.Slice(r.KeyLength).CopyTo(_track.DataForWrite(_cursor.Record));
        transfer.Consumed = Math.Min(source.Length, total);
        transfer.More = source.Length < total;
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        Commit();
        return UnitStatus.Normal;
    }

    /// <summary>
    /// WRITE CKD: a new record after the current one, the rest of the track erased. Needs a format
    /// write domain, or a preceding Search ID/Key Equal, Write R0 or Write CKD.
    /// </summary>
    private UnitStatus WriteCountKeyData(ref DeviceTransfer transfer)
    {
        bool allowed = InDomain || _formatWriteAllowed || _searchIdEqual || _searchKeyEqual;
        if (!allowed) return Reject(MessageInvalidSequence);
        int control = _fileMask & WriteControlMask;
        if (control == InhibitAllWrites || control == AllowWriteUpdateOnly) return Reject(MessageInvalidSequence);
        if (_store.IsReadOnly) return Fault(SenseWriteInhibited);
        var source = transfer.Output;
        if (source.Length < 8) return Reject(MessageCountTooSmall);
        ushort cc = BinaryPrimitives.ReadUInt16BigEndian(source);
        ushort hh = BinaryPrimitives.ReadUInt16BigEndian(source.Slice(2));
        byte rr = source[4];
        byte kl = source[5];
        ushort dl = BinaryPrimitives.ReadUInt16BigEndian(source.Slice(6));
        int total = 8 + kl + dl;
        Span<byte> record = total <= transfer.Scratch.Length ? transfer.Scratch.Slice(0, total) : new byte[total];
        record.Clear();
        source.Slice(0, Math.Min(source.Length, total)).CopyTo(record);
        int after = _cursor.Orientation == TrackOrientation.Index ? 0 : _cursor.Record;
        _track.TruncateAfter(after);
        if (!_track.TryAppend(cc, hh, rr, record.Slice(8, kl), record.Slice(8 + kl, dl)))
        {
            Commit();
            return Fault(SenseInvalidTrackFormat);
        }
        transfer.Consumed = Math.Min(source.Length, total);
        transfer.More = source.Length < total;
        _cursor.Record = _records.Count - 1;
        _cursor.Orientation = TrackOrientation.Data;
        _formatWriteAllowed = true;
        _cursor.IndexPassed = false;
        Commit();
        return UnitStatus.Normal;
    }

    /// <summary>WRITE R0: count, key and data of R0, the rest of the track erased; the mask must allow all writes.</summary>
    private UnitStatus WriteRecordZero(ref DeviceTransfer transfer)
    {
        bool allowed = InDomain ? _cursor.Orientation == TrackOrientation.Index : _searchHomeAddressEqual;
        if (!allowed) return Reject(MessageInvalidSequence);
        var status = CheckWritable(AllowAllWrites);
        if (status != Ok) return status;
        var source = transfer.Output;
        if (source.Length < 8) return Reject(MessageCountTooSmall);
        byte kl = source[5];
        ushort dl = BinaryPrimitives.ReadUInt16BigEndian(source.Slice(6));
        int total = 8 + kl + dl;
        Span<byte> record = total <= transfer.Scratch.Length ? transfer.Scratch.Slice(0, total) : new byte[total];
        record.Clear();
        source.Slice(0, Math.Min(source.Length, total)).CopyTo(record);
        if (!_track.TryReplaceRecordZero(BinaryPrimitives.ReadUInt16BigEndian(source), BinaryPrimitives.ReadUInt16BigEndian(source.Slice(2)),
                source[4], record.Slice(8, kl), record.Slice(8 + kl, dl)))
        {
            return Fault(SenseInvalidTrackFormat);
        }
        transfer.Consumed = Math.Min(source.Length, total);
        transfer.More = source.Length < total;
        _cursor.Record = 0;
        _cursor.Orientation = TrackOrientation.Data;
        _formatWriteAllowed = true;
        _cursor.IndexPassed = false;
        Commit();
        return UnitStatus.Normal;
    }

    /// <summary>ERASE: everything after the current record goes; the argument (a count field) is taken whole.</summary>
    private UnitStatus Erase(ref DeviceTransfer transfer)
    {
        bool allowed = InDomain || _formatWriteAllowed || _searchIdEqual || _searchKeyEqual;
        if (!allowed) return Reject(MessageInvalidSequence);
        int control = _fileMask & WriteControlMask;
        if (control == InhibitAllWrites || control == AllowWriteUpdateOnly) return Reject(MessageInvalidSequence);
        if (_store.IsReadOnly) return Fault(SenseWriteInhibited);
        transfer.Consumed = transfer.Output.Length;
        _track.TruncateAfter(_cursor.Orientation == TrackOrientation.Index ? 0 : _cursor.Record);
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        Commit();
        return UnitStatus.Normal;
    }
}
