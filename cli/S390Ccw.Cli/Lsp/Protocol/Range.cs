namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP Range: start inclusive, end exclusive.</summary>
internal sealed record Range(Position Start, Position End);
