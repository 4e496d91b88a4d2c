using System;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// The read commands (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c). Data is presented straight from the cached track, so the
/// channel copies it once into storage. A record with KL = DL = 0 (end of file) reads as unit
/// exception.
/// </summary>
public sealed partial class Eckd3390Device
{
    private UnitStatus ReadData(byte code, ref DeviceTransfer transfer)
    {
        if (!_cursor.InRecord)
        {
            var status = NextCount(includeRecordZero: false, IsMultiTrack(code));
            if (status != Ok) return status;
        }
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        transfer.SetInput(_track.Data(_cursor.Record));
        return EndOfFile(_cursor.Record) ? UnitStatus.Normal | UnitStatus.UnitException : UnitStatus.Normal;
    }

    private UnitStatus ReadKeyData(byte code, ref DeviceTransfer transfer)
    {
        if (_cursor.Orientation != TrackOrientation.Count)
        {
            var status = NextCount(includeRecordZero: false, IsMultiTrack(code));
            if (status != Ok) return status;
        }
        var r = _records[_cursor.Record];
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        // Key and data are adjacent in the track image (Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images)).
        transfer.SetInput(_track.Image.Slice(r.KeyOffset, r.KeyLength + r.DataLength));
        return EndOfFile(_cursor.Record) ? UnitStatus.Normal | UnitStatus.UnitException : UnitStatus.Normal;
    }

    private UnitStatus ReadCountKeyData(byte code, ref DeviceTransfer transfer)
    {
        var status = NextCount(includeRecordZero: false, IsMultiTrack(code));
        if (status != Ok) return status;
        var r = _records[_cursor.Record];
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        int length = 8 + r.KeyLength + r.DataLength;
        var buffer = transfer.Scratch.Slice(0, length);
        _track.Image.Slice(r.Offset, length).CopyTo(buffer);
        buffer[0] = CountField.PresentByte0(buffer[0], _store.Cylinders);
        transfer.SetInput(buffer);
        return EndOfFile(_cursor.Record) ? UnitStatus.Normal | UnitStatus.UnitException : UnitStatus.Normal;
    }

    /// <summary>READ COUNT: the next count field (R0 skipped); it does not clear the index mark (GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count).</summary>
    private UnitStatus ReadCount(byte code, ref DeviceTransfer transfer)
    {
        var status = NextCount(includeRecordZero: false, IsMultiTrack(code));
        if (status != Ok) return status;
        var buffer = transfer.Scratch.Slice(0, 8);
        CopyCount(_cursor.Record, buffer);
        transfer.SetInput(buffer);
        return UnitStatus.Normal;
    }

    /// <summary>READ R0: back to index (multi-track first moves a head), then R0's count, key and data.</summary>
    private UnitStatus ReadRecordZero(byte code, ref DeviceTransfer transfer)
    {
        var status = ToIndex(IsMultiTrack(code));
        if (status != Ok) return status;
        var r = _records[0];
        int length = 8 + r.KeyLength + r.DataLength;
        var buffer = transfer.Scratch.Slice(0, length);
        _track.Image.Slice(r.Offset, length).CopyTo(buffer);
        buffer[0] = CountField.PresentByte0(buffer[0], _store.Cylinders);
        _cursor.Record = 0;
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        transfer.SetInput(buffer);
        return r.DataLength == 0 ? UnitStatus.Normal | UnitStatus.UnitException : UnitStatus.Normal;
    }

    /// <summary>READ HA: the 5 home-address bytes (flag, CC, HH); leaves the device at index.</summary>
    private UnitStatus ReadHomeAddress(byte code, ref DeviceTransfer transfer)
    {
        var status = ToIndex(IsMultiTrack(code));
        if (status != Ok) return status;
        _cursor.IndexPassed = false;
        transfer.SetInput(_track.HomeAddress);
        return UnitStatus.Normal;
    }

    /// <summary>
    /// READ IPL: an implicit seek to cylinder 0 head 0, then the data of the first record after
    /// R0, key skipped. Refused after Define Extent or Set File Mask, or in a domain; afterwards an
    /// implicit read-data domain of 2 allows one more Read Data (the IPL2 record; IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c).
    /// </summary>
    private UnitStatus ReadIpl(in DeviceCommand command, ref DeviceTransfer transfer)
    {
        if (_extentDefined || _fileMaskSet || InDomain) return Reject(MessageInvalidSequence);
        // READ IPL counts as both (Hercules ckddasd.c, READ IPL): a later Define Extent, Set File Mask or
        // READ IPL in the same channel program is command reject.
        _extentDefined = true;
        _fileMaskSet = true;
        LoadTrack(0, 0);
        _seekSeen = true;
        _cursor.IndexPassed = false;
        var status = NextCount(includeRecordZero: false, multiTrack: false);
        if (status != Ok) return status;
        _cursor.Orientation = TrackOrientation.Data;
        _readIplSeen = true;
        _domainOperation = OpReadData;
        _domainOrientation = OrientData;
        _domainCount = 1;
        transfer.SetInput(_track.Data(_cursor.Record));
        return EndOfFile(_cursor.Record) ? UnitStatus.Normal | UnitStatus.UnitException : UnitStatus.Normal;
    }

    /// <summary>
    /// READ TRACK (0xDE), only in a read-tracks domain: every count, key and data of a track, R0
    /// included, and (as Hercules) the 8-byte end marker. Each further Read Track takes the next track.
    /// </summary>
    private UnitStatus ReadTrack(ref DeviceTransfer transfer)
    {
        // Only inside a read-tracks domain: once the domain is used up, READ TRACK is command reject.
        if (!InDomain) return Reject(MessageInvalidSequence);
        if (_domainTrackStarted)
        {
            var status = AdvanceHead();
            if (status != Ok) return status;
        }
        _domainTrackStarted = true;
        _cursor.IndexPassed = false;
        var image = _track.Image;
        int start = CkdTrack.RecordZeroOffset;
        transfer.SetInput(image.Slice(start, _track.UsedImageLength - start));
        _cursor.Orientation = TrackOrientation.Index;
        return UnitStatus.Normal;
    }

    /// <summary>
    /// READ MULTIPLE CKD (0x5E): count, key and data of each record from the next count field on (R0
    /// skipped) to the end of the track, each count field presented as Read Count presents it (Hercules
    /// ckddasd.c, READ MULTIPLE CKD, reads from the current orientation with ckd_read_count; docs/fidelity.md
    /// says how Hercules' end-of-track orientation afterwards differs).
    /// </summary>
    private UnitStatus ReadMultipleCountKeyData(ref DeviceTransfer transfer)
    {
        if (InDomain) return Reject(MessageInvalidSequence);
        int first = _cursor.Orientation == TrackOrientation.Index ? 1 : Math.Max(1, _cursor.Record + 1);
        if (first >= _records.Count)
        {
            _cursor.ToIndex();
            transfer.SetInput(default);
            return UnitStatus.Normal;
        }
        int start = _records[first].Offset;
        int end = _records[_records.Count - 1].EndOffset;
        var buffer = transfer.Scratch.Slice(0, end - start);
        _track.Image.Slice(start, end - start).CopyTo(buffer);
        for (int i = first; i < _records.Count; i++)
        {
            int at = _records[i].Offset - start;
            buffer[at] = CountField.PresentByte0(buffer[at], _store.Cylinders);
        }
        _cursor.Record = _records.Count - 1;
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        transfer.SetInput(buffer);
        return UnitStatus.Normal;
    }

    /// <summary>
    /// READ SECTOR (0x22): one byte, the sector number, which the emulated disk does not track (Hercules
    /// returns 0); refused inside a Locate Record domain (Hercules ckddasd.c, READ SECTOR).
    /// </summary>
    private UnitStatus ReadSector(ref DeviceTransfer transfer)
    {
        if (InDomain) return Reject(MessageInvalidSequence);
        _work[0] = 0;
        transfer.SetInput(_work.AsSpan(0, 1));
        return UnitStatus.Normal;
    }

    /// <summary>
    /// SET SECTOR (0x23): takes one byte; refused inside a Locate Record domain, and on a 3990-type control
    /// unit unless a Seek, Locate Record or READ IPL came before it in the chain (Hercules ckddasd.c, SET SECTOR).
    /// </summary>
    private UnitStatus SetSector(ref DeviceTransfer transfer)
    {
        if (InDomain || !_seekSeen) return Reject(MessageInvalidSequence);
        if (transfer.Output.Length < 1) return Reject(MessageCountTooSmall);
        transfer.Consumed = 1;
        return UnitStatus.Normal;
    }

    private bool EndOfFile(int index) => CountField.ReadsAsEndOfFile(_track.CountField(index));
}
