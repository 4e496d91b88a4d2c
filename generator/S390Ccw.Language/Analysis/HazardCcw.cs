namespace S390Ccw.Language.Analysis;

/// <summary>
/// A CCW named in a hazard: its storage address and mnemonic, and when its bytes come from an
/// assembled program, that program and the source statement.
/// </summary>
public sealed record HazardCcw(uint Address, string Mnemonic, string? Program, SourceSpan? Span)
{
    /// <summary>"READ_DATA at 0x00001018 (line 5)".</summary>
    public string Describe() =>
        $"{Mnemonic} at 0x{Address:X8}" + (Span is { } s ? $" (line {s.Line})" : "");
}
