using System.Collections.Generic;

namespace S390Ccw.Language.Syntax;

/// <summary>
/// <c>CCW cmd, address, flags, count</c> in HLASM's CCW0/CCW1 operand order. The flags operand is
/// either an expression or flag names joined by '|'.
/// </summary>
internal sealed class RawCcwStatement : Statement
{
    public RawCcwStatement(Expression command, Expression address, Expression? flagsValue, IReadOnlyList<FlagOperand>? flagNames, SourceSpan flagsSpan, Expression count, SourceSpan span)
        : base(span)
    {
        Command = command;
        Address = address;
        FlagsValue = flagsValue;
        FlagNames = flagNames;
        FlagsSpan = flagsSpan;
        Count = count;
    }

    public Expression Command { get; }

    public Expression Address { get; }

    public Expression? FlagsValue { get; }

    public IReadOnlyList<FlagOperand>? FlagNames { get; }

    public SourceSpan FlagsSpan { get; }

    public Expression Count { get; }

    public override string Keyword => "CCW";
}
