using System.Collections.Generic;

namespace S390Ccw.Language.Syntax;

/// <summary>The operands of a command: an optional address, flags, and an optional 'len N'.</summary>
internal sealed class OperandList
{
    public OperandList(Expression? address, IReadOnlyList<FlagOperand> flags, Expression? length)
    {
        Address = address;
        Flags = flags;
        Length = length;
    }

    public Expression? Address { get; }

    public IReadOnlyList<FlagOperand> Flags { get; }

    public Expression? Length { get; }
}
