using S390Ccw.Language.Encoding;

namespace S390Ccw.Language.Syntax;

/// <summary>A CCW by mnemonic: <c>READ_DATA buffer, CC, SLI, len 80</c>, <c>TIC *-8</c>.</summary>
internal sealed class CommandStatement : Statement
{
    public CommandStatement(Name mnemonic, CommandInfo command, OperandList operands, SourceSpan span)
        : base(span)
    {
        Mnemonic = mnemonic;
        Command = command;
        Operands = operands;
    }

    public Name Mnemonic { get; }

    public CommandInfo Command { get; }

    public OperandList Operands { get; }

    public override string Keyword => Command.Mnemonic;
}
