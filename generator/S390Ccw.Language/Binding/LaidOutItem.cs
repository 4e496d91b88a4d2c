using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>A program statement placed in storage: where its bytes start and how many there are.</summary>
internal sealed class LaidOutItem
{
    public LaidOutItem(Statement statement, uint address, int size)
    {
        Statement = statement;
        Address = address;
        Size = size;
    }

    public Statement Statement { get; }

    public uint Address { get; }

    public int Size { get; }

    /// <summary>For a high-level READ of a named record: where its Seek argument sits in the literal pool.</summary>
    public uint SeekArgument { get; set; }

    /// <summary>For a high-level READ of a named record: where its Search ID argument sits in the literal pool.</summary>
    public uint SearchArgument { get; set; }
}
