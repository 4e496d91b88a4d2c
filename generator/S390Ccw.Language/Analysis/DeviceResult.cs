namespace S390Ccw.Language.Analysis;

/// <summary>How a command ended on the modelled 3390.</summary>
internal enum DeviceEnding
{
    /// <summary>Channel end and device end.</summary>
    Normal,

    /// <summary>CE + DE + status modifier (a search matched): the channel skips one CCW.</summary>
    StatusModifier,

    /// <summary>Unit check (command reject, No Record Found, ...): the chain ends.</summary>
    UnitCheck,

    /// <summary>Unit exception (end-of-file record): the chain ends after the data.</summary>
    UnitException,
}

/// <summary>
/// The outcome of one command: its ending, the bytes it presents to the channel (null when unknown,
/// with <see cref="UnknownLength"/> the length assumed), and the record they come from.
/// </summary>
internal sealed record DeviceResult
{
    public static readonly DeviceResult NormalNoData = new(DeviceEnding.Normal, null, 0, null, 0, null);

    public DeviceResult(DeviceEnding ending, byte[]? input, int unknownLength, RecordDefinition? record, int dataOffset, string? why)
    {
        Ending = ending;
        Input = input;
        UnknownLength = unknownLength;
        Record = record;
        DataOffset = dataOffset;
        Why = why;
    }

    public DeviceEnding Ending { get; }

    public byte[]? Input { get; }

    /// <summary>When <see cref="Input"/> is null: the number of unknown bytes the command is taken to present.</summary>
    public int UnknownLength { get; }

    /// <summary>The record whose data area the input holds (from <see cref="DataOffset"/> on).</summary>
    public RecordDefinition? Record { get; }

    /// <summary>Where the record's data area starts in the input (after a count field and key).</summary>
    public int DataOffset { get; }

    /// <summary>For a unit check: a short reason.</summary>
    public string? Why { get; }

    /// <summary>
    /// For an output command: the argument bytes the device took (the core's <c>CommandArguments</c> and
    /// <c>SearchRules</c> lengths); null when the walk cannot know, which it takes as all of them.
    /// </summary>
    public int? Consumed { get; init; }

    /// <summary>
    /// A search whose outcome the build cannot see, taken to match: the walk also follows the other
    /// outcome (no match: the chain goes on at the next CCW).
    /// </summary>
    public bool Assumed { get; init; }

    /// <summary>A search for a record the declared volume does not define: reported (CCW0205), then taken as unknown.</summary>
    public bool SearchedUndefined { get; init; }

    public static DeviceResult End(DeviceEnding ending, string why) => new(ending, null, 0, null, 0, why);
}
