using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Analysis;

/// <summary>
/// The 3390 as the static walk models it, for the commands IPL chains use: READ IPL, SEEK, SEARCH ID
/// EQUAL (the Search + TIC loop), READ DATA / KEY AND DATA / COUNT KEY AND DATA / COUNT / R0, NOP. It
/// follows the runtime device's (and Hercules') orientation rules of IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c and GA32-0274, "No Record Found"; Hercules ckddasd.c ckd_read_count: a search
/// steps from count to count and wraps at index once, a second end of track is No Record Found.
/// Whatever the build cannot know is unknown, never "nothing": without a volume (an inline program),
/// on a track the volume declares no record on, for a record the volume does not define, at a position the walk cannot know (a program entered
/// by a TIC from an earlier stage of the same channel program, whose SEEK the build does not see),
/// after a write, or for a command the model does not follow, reads present unknown bytes (as many
/// as the CCWs allow) and a search is taken to match, so that the TIC of the loop is skipped and the
/// walk goes on to the read that stores what the chain may run.
/// </summary>
internal sealed class StaticDasd
{
    private readonly VolumeDefinition? _volume;
    private readonly Dictionary<(int, int), StaticTrack> _tracks;
    private StaticTrack? _track;
    private readonly TrackCursor _cursor = new();
    private bool _known;
    private bool _seekSeen;
    private int _domainCount;
    private byte _previous;
    private bool _contentChanged;

    /// <summary>The device is on a known track of the declared volume on which the file declares no record.</summary>
    private bool _undeclaredTrack;

    /// <param name="volume">The declared volume, or null when the file declares none.</param>
    /// <param name="chainStart">
    /// True when the walk starts a channel program (the IPL's READ IPL): the device's chain state is
    /// reset and known. False for a program that may be entered by a TIC from an earlier stage, where a
    /// SEEK the build does not see may already have positioned the device.
    /// </param>
    public StaticDasd(VolumeDefinition? volume, bool chainStart)
    {
        _volume = volume;
        _tracks = new Dictionary<(int, int), StaticTrack>();
        if (!chainStart) _seekSeen = true;
        if (volume is null) return;
        var byTrack = new Dictionary<(int, int), List<RecordDefinition>>();
        foreach (var record in volume.Records)
        {
            var key = (record.Address.Cylinder, record.Address.Head);
            if (!byTrack.TryGetValue(key, out var list)) byTrack[key] = list = new List<RecordDefinition>();
            list.Add(record);
        }
        foreach (var pair in byTrack)
        {
            pair.Value.Sort((a, b) => a.Address.Record.CompareTo(b.Address.Record));
            _tracks[pair.Key] = new StaticTrack(pair.Key.Item1, pair.Key.Item2, pair.Value, volume.Cylinders);
        }
    }

    private static readonly DeviceResult SeekDone = new(DeviceEnding.Normal, null, 0, null, 0, null) { Consumed = CommandArguments.Seek };

    private static DeviceResult SearchEnded(DeviceEnding ending, int count, bool undefined = false) =>
        new(ending, null, 0, null, 0, null) { Consumed = count < SearchRules.IdLength ? count : SearchRules.IdLength, SearchedUndefined = undefined, Assumed = undefined };

    public VolumeDefinition? Volume => _volume;

    /// <summary>
    /// True once the model has answered a command from something the build cannot see (an unknown
    /// position, record or argument): what the walk finds after that is possible, not proved.
    /// </summary>
    public bool Guessed { get; private set; }

    private StaticDasd(StaticDasd other)
    {
        _volume = other._volume;
        _tracks = other._tracks;
        _track = other._track;
        _cursor.Orientation = other._cursor.Orientation;
        _cursor.Record = other._cursor.Record;
        _cursor.IndexPassed = other._cursor.IndexPassed;
        _known = other._known;
        _seekSeen = other._seekSeen;
        _domainCount = other._domainCount;
        _previous = other._previous;
        _contentChanged = other._contentChanged;
        _undeclaredTrack = other._undeclaredTrack;
        Guessed = other.Guessed;
    }

    /// <summary>A copy in the same state, for the walk of another possible outcome (the declared tracks are shared).</summary>
    public StaticDasd Clone() => new(this);

    /// <summary>
    /// A new channel program on the same device (a new START SUBCHANNEL, as QEMU's BIOS issues for each
    /// part of the IPL): the chain state resets, so a record command needs a Seek again; the device stays
    /// on its track (IBM 3990 ECKD; Hercules ckddasd.c resets at the first CCW of a chain).
    /// </summary>
    public void BeginChannelProgram()
    {
        _seekSeen = false;
        _domainCount = 0;
        _previous = 0;
        _cursor.Reset();
    }

    /// <summary>Executes one command; <paramref name="argument"/> is the output data (null when unknown).</summary>
    public DeviceResult Execute(byte code, int count, byte[]? argument)
    {
        var result = Dispatch(code, count, argument);
        _previous = code;
        return result;
    }

    private DeviceResult Dispatch(byte code, int count, byte[]? argument)
    {
        switch (code)
        {
            case CommandCodes.Nop:
                if (_domainCount > 0 && _previous != CommandCodes.ReadIpl) return Reject("NOP inside the READ IPL domain");
                _cursor.IndexPassed = false;
                return DeviceResult.NormalNoData;
            case CommandCodes.ReadIpl:
                return ReadIpl();
            case CommandCodes.Seek:
                return Seek(count, argument);
        }
        bool record = code is CommandCodes.SearchIdEqual or CommandCodes.SearchIdEqualMultiTrack
            or CommandCodes.ReadData or CommandCodes.ReadDataMultiTrack or CommandCodes.ReadKeyData or CommandCodes.ReadKeyDataMultiTrack
            or CommandCodes.ReadCountKeyData or CommandCodes.ReadCountKeyDataMultiTrack or CommandCodes.ReadCount
            or CommandCodes.ReadRecordZero;
        if (!record) return NotModelled(code, count);
        bool search = code is CommandCodes.SearchIdEqual or CommandCodes.SearchIdEqualMultiTrack;
        // After READ IPL only reads are accepted (its implicit read domain, IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c); otherwise a Seek must come first.
        if (_domainCount > 0 ? search : !_seekSeen) return Reject("the command needs a preceding SEEK in the same channel program");
        bool multiTrack = (code & 0x80) != 0 || _domainCount > 0;
        var result = code switch
        {
            CommandCodes.SearchIdEqual or CommandCodes.SearchIdEqualMultiTrack => SearchId(code, multiTrack, count, argument),
            CommandCodes.ReadData or CommandCodes.ReadDataMultiTrack => ReadData(multiTrack),
            CommandCodes.ReadKeyData or CommandCodes.ReadKeyDataMultiTrack => ReadKeyData(multiTrack),
            CommandCodes.ReadCountKeyData or CommandCodes.ReadCountKeyDataMultiTrack => ReadCountKeyData(multiTrack),
            CommandCodes.ReadCount => ReadCount(multiTrack),
            _ => ReadRecordZero(),
        };
        if (_domainCount > 0 && result.Ending != DeviceEnding.UnitCheck) _domainCount--;
        return result;
    }

    private DeviceResult ReadIpl()
    {
        if (_domainCount > 0) return Reject("READ IPL inside its own domain");
        _seekSeen = true;
        _cursor.IndexPassed = false;
        if (!Load(0, 0)) return Unknown(24);
        var next = NextCount(includeRecordZero: false, multiTrack: false);
        if (next is not null) return next;
        _cursor.Orientation = TrackOrientation.Data;
        _domainCount = 1;
        return Present(_track!.Data(_cursor.Record), 0);
    }

    private DeviceResult Seek(int count, byte[]? argument)
    {
        if (_domainCount > 0) return Reject("SEEK inside the READ IPL domain");
        if (count < CommandArguments.Seek) return Reject($"a SEEK needs {CommandArguments.Seek} argument bytes");
        _seekSeen = true;
        _cursor.IndexPassed = false;
        if (argument is null)
        {
            _known = false;
            _undeclaredTrack = false;
            return SeekDone;
        }
        int bin = (argument[0] << 8) | argument[1];
        int cylinder = (argument[2] << 8) | argument[3];
        int head = (argument[4] << 8) | argument[5];
        if (_volume is not null && (bin != 0 || cylinder >= _volume.Cylinders || head >= Dasd3390Model.HeadsPerCylinder))
            return Reject($"SEEK to BB={bin} CC={cylinder} HH={head} is outside the volume");
        Load(cylinder, head);
        return SeekDone;
    }

    private DeviceResult SearchId(byte code, bool multiTrack, int count, byte[]? argument)
    {
        if (!_known || argument is null)
        {
            Guessed = true;
            // On a track of the declared volume with no declared record, the record searched for is one it does not define.
            bool undefined = _undeclaredTrack && argument is not null && count >= SearchRules.IdLength;
            return SearchEnded(DeviceEnding.StatusModifier, count, undefined) with { Assumed = true };
        }
        int n = count < SearchRules.IdLength ? count : SearchRules.IdLength;
        ulong packed = SearchRules.Pack(argument, 0, n);
        if (n == SearchRules.IdLength && !_track!.Holds(packed))
        {
            // The volume built from this file would end in No Record Found (CCW0205); a disk written some
            // other way may hold the record, whose bytes the build cannot see.
            Guessed = true;
            _known = false;
            _undeclaredTrack = false;
            return SearchEnded(DeviceEnding.StatusModifier, count, undefined: true);
        }
        var next = NextCount(includeRecordZero: true, multiTrack);
        if (next is not null) return next;
        int compare = SearchRules.CompareId(_track!.PresentedCount(_cursor.Record), packed, n);
        return SearchEnded(SearchRules.Matches(code, compare) ? DeviceEnding.StatusModifier : DeviceEnding.Normal, count);
    }

    private DeviceResult ReadData(bool multiTrack)
    {
        if (!_known) return Unknown(-1);
        if (_cursor.Orientation != TrackOrientation.Count)
        {
            var next = NextCount(includeRecordZero: false, multiTrack);
            if (next is not null) return next;
        }
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        return Present(_track!.Data(_cursor.Record), 0);
    }

    private DeviceResult ReadKeyData(bool multiTrack)
    {
        if (!_known) return Unknown(-1);
        if (_cursor.Orientation != TrackOrientation.Count)
        {
            var next = NextCount(includeRecordZero: false, multiTrack);
            if (next is not null) return next;
        }
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        var key = _track!.Key(_cursor.Record);
        return Present(Concat(key, _track.Data(_cursor.Record)), key.Length);
    }

    private DeviceResult ReadCountKeyData(bool multiTrack)
    {
        if (!_known) return Unknown(-1);
        var next = NextCount(includeRecordZero: false, multiTrack);
        if (next is not null) return next;
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        var key = _track!.Key(_cursor.Record);
        return Present(Concat(Concat(_track.PresentedCountBytes(_cursor.Record), key), _track.Data(_cursor.Record)), 8 + key.Length);
    }

    private DeviceResult ReadCount(bool multiTrack)
    {
        if (!_known) return Unknown(8);
        var next = NextCount(includeRecordZero: false, multiTrack);
        if (next is not null) return next;
        return new DeviceResult(DeviceEnding.Normal, _track!.PresentedCountBytes(_cursor.Record), 0, null, 0, null);
    }

    private DeviceResult ReadRecordZero()
    {
        if (!_known) return Unknown(16);
        _cursor.Record = 0;
        _cursor.Orientation = TrackOrientation.Data;
        _cursor.IndexPassed = false;
        return new DeviceResult(DeviceEnding.Normal, Concat(_track!.PresentedCountBytes(0), _track.Data(0)), 0, null, 0, null);
    }

    /// <summary>The next count field, as the runtime device's NextCount: null when positioned, else the ending.</summary>
    private DeviceResult? NextCount(bool includeRecordZero, bool multiTrack)
    {
        while (true)
        {
            var track = _track!;
            switch (_cursor.NextCount(track, includeRecordZero, multiTrack))
            {
                case CursorStep.Positioned:
                    return null;
                case CursorStep.NoRecordFound:
                    return Fault($"No Record Found on track ({track.Cylinder},{track.Head})");
            }
            // Inside the READ IPL domain the records continue on the next cylinder, as in a Locate Record domain.
            if (!HeadAdvance.TryNext(track.Cylinder, track.Head, Dasd3390Model.HeadsPerCylinder, _volume!.Cylinders, _domainCount > 0, out int c, out int h))
                return Fault("end of cylinder");
            _cursor.IndexPassed = false;
            if (!Load(c, h)) return Unknown(-1);
        }
    }

    private bool Load(int cylinder, int head)
    {
        _cursor.ToIndex();
        _undeclaredTrack = false;
        if (_volume is null)
        {
            _known = false;
            return false;
        }
        // A track the file declares no record on is not known to be empty: a disk written by other tools
        // (zipl's bootmap, a loader's data) holds records there that the build cannot see.
        _known = !_contentChanged && _tracks.TryGetValue((cylinder, head), out _track);
        _undeclaredTrack = !_contentChanged && !_known;
        return _known;
    }

    private DeviceResult Present(byte[] input, int dataOffset)
    {
        var definition = _track!.Definition(_cursor.Record);
        var ending = _track.IsEndOfFile(_cursor.Record) ? DeviceEnding.UnitException : DeviceEnding.Normal;
        return new DeviceResult(ending, input, 0, definition, dataOffset, null);
    }

    private DeviceResult Unknown(int length)
    {
        Guessed = true;
        return new DeviceResult(DeviceEnding.Normal, null, length, null, 0, null);
    }

    /// <summary>
    /// A command the model does not follow: an input command stores unknown bytes over its whole data
    /// area, and afterwards the position (and, after a write, the volume's content) is unknown.
    /// </summary>
    private DeviceResult NotModelled(byte code, int count)
    {
        var cls = CommandClassifier.Classify(code, CcwFormat.Format1);
        Guessed = true;
        if (cls == CommandClass.Write) _contentChanged = true;
        if (code != CommandCodes.Sense && code != CommandCodes.SenseId && code != CommandCodes.ReadDeviceCharacteristics)
        {
            _known = false;
            _undeclaredTrack = false;
        }
        return cls is CommandClass.Read or CommandClass.ReadBackward or CommandClass.Sense ? Unknown(-1) : DeviceResult.NormalNoData;
    }

    private DeviceResult Reject(string why)
    {
        _domainCount = 0;
        return DeviceResult.End(DeviceEnding.UnitCheck, "command reject: " + why);
    }

    private static DeviceResult Fault(string why) => DeviceResult.End(DeviceEnding.UnitCheck, why);

    private static byte[] Concat(byte[] a, byte[] b)
    {
        var all = new byte[a.Length + b.Length];
        System.Array.Copy(a, all, a.Length);
        System.Array.Copy(b, 0, all, a.Length, b.Length);
        return all;
    }
}
