namespace S390Ccw.Language.Encoding;

/// <summary>How a command's data is described: its direction and the fixed argument size, if any.</summary>
public enum DataDirection
{
    None,
    Input,
    Output,
}

/// <summary>One row of the command table: a mnemonic, its code and the size of its data when fixed.</summary>
public sealed record CommandInfo(string Mnemonic, byte Code, DataDirection Direction, int FixedLength, string Description)
{
    /// <summary>True when the data length depends on the record (READ_DATA, WRITE_KD, …); FixedLength is then 0.</summary>
    public bool RecordSized => FixedLength == 0 && Direction != DataDirection.None;
}
