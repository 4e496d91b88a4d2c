using System;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// The read commands (s390.md §5.1). Data is presented straight from the cached track, so the
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
        // Key and data are adjacent in the track image (s390.md §8.2).
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

    /// <summary>READ COUNT: the next count field (R0 skipped); it does not clear the index mark (§5.5).</summary>
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
    /// implicit read-data domain of 2 allows one more Read Data (the IPL2 record; s390.md §5.1).
    /// </summary>
    private UnitStatus ReadIpl(in DeviceCommand command, ref DeviceTransfer transfer)
    {
        if (_extentDefined || _fileMaskSet || InDomain) return Reject(MessageInvalidSequence);
        LoadTrack(0, 0);
        _seekSeen = true;
        _cursor.IndexPassed = false;
        var status = NextCount(includeRecordZero: false, multiTrack: false);
        if (status != Ok) return status;
        _cursor.Orientation = TrackOrientation.Data;
        _readIplSeen = true;
        _domainOperation = 0x06;
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

    /// <summary>READ MULTIPLE CKD (0x5E): count, key and data of every record after R0 to the end of the track.</summary>
    private UnitStatus ReadMultipleCountKeyData(ref DeviceTransfer transfer)
    {
        if (_records.Count < 2)
        {
            transfer.SetInput(default);
            return UnitStatus.Normal;
        }
        int start = _records[1].Offset;
        int end = _records[_records.Count - 1].EndOffset;
        var buffer = transfer.Scratch.Slice(0, end - start);
        _track.Image.Slice(start, end - start).CopyTo(buffer);
        _cursor.Record = _records.Count - 1;
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        transfer.SetInput(buffer);
        return UnitStatus.Normal;
    }

    private bool EndOfFile(int index) => _records[index].IsEndOfFile;
}
